package vn.motcua.distribution;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;

/**
 * The persistence-relevant integration tests again, in one Karaf whose datasource is a real
 * PostgreSQL: run by the failsafe execution "postgresql" when MOTCUA_TEST_POSTGRESQL_URL names a
 * server (.ci/run starts one), with the system property {@value MotcuaTestSupport#POSTGRESQL_URL}.
 */
@RunWith(Suite.class)
@Suite.SuiteClasses({ReceptionIT.class, LifecycleIT.class, ProvinceIT.class, StatisticsIT.class})
public class PostgresIT {
}
