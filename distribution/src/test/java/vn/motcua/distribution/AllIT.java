package vn.motcua.distribution;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;

/**
 * Every integration test in one JUnit suite, so that Pax Exam's per-suite reactor boots one Karaf
 * for all of them (failsafe alone runs each class as its own suite). Classes that change the
 * runtime (features, bundles) come last.
 */
@RunWith(Suite.class)
@Suite.SuiteClasses({PlatformIT.class, ShellIT.class, ReceptionIT.class, LifecycleIT.class, ProvinceIT.class,
    StatisticsIT.class, FieldsIT.class, FeatureIT.class, NoticeSmtpIT.class, FuzzIT.class})
public class AllIT {
}
