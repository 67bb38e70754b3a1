package vn.motcua.dossier.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.procedure.Fee;
import vn.motcua.procedure.OnlineLevel;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.ProcedureField;
import vn.motcua.procedure.Submission;

public class ProcedureRegistryTest {

    private static Procedure procedure(String code) {
        ProcedureDescriptor d = code == null ? null : new ProcedureDescriptor(code, "Thủ tục " + code,
                new ProcedureField("ho-tich", "Hộ tịch"), new TimeLimit(3, TimeLimitUnit.WORKING_DAYS), List.of(),
                List.of(), OnlineLevel.NONE, List.of(), "", LocalDate.of(2016, 1, 1), null);
        return new Procedure() {
            @Override
            public ProcedureDescriptor descriptor() {
                return d;
            }

            @Override
            public Fee fee(Submission submission) {
                return new Fee(0, List.of());
            }

            @Override
            public List<Problem> validate(Submission submission) {
                return List.of();
            }
        };
    }

    @Test
    public void aBundleWithoutDescriptorIsLeftOutInsteadOfFailingTheCatalogue() {
        ProcedureRegistry registry = new ProcedureRegistry();
        Procedure broken = procedure(null);
        registry.bindProcedure(broken, Map.of(Procedure.PROCEDURE_CODE, "1.000689"));
        registry.bindProcedure(procedure("1.001193"), Map.of());
        assertEquals(1, registry.list(null).size());
        registry.unbindProcedure(broken);
        assertEquals(1, registry.list(null).size());
    }

    @Test
    public void ofTwoBundlesClaimingOneCodeTheFirstServesAndTheOtherTakesOverWhenItLeaves() {
        ProcedureRegistry registry = new ProcedureRegistry();
        Procedure national = procedure("1.001193");
        Procedure province = procedure("1.001193");
        registry.bindProcedure(national, Map.of(Procedure.PROCEDURE_CODE, "1.001193"));
        registry.bindProcedure(province, Map.of(Procedure.PROCEDURE_CODE, "1.001193"));
        assertSame(national, registry.find("1.001193").orElseThrow());
        registry.unbindProcedure(province);
        assertSame(national, registry.find("1.001193").orElseThrow());
        registry.bindProcedure(province, Map.of());
        registry.unbindProcedure(national);
        assertSame(province, registry.find("1.001193").orElseThrow());
        registry.unbindProcedure(province);
        assertTrue(registry.find("1.001193").isEmpty());
    }

    @Test
    public void whichOfTwoServesDoesNotDependOnWhichStartedFirst() {
        Procedure shipped = procedure("1.001193");
        Procedure copy = procedure("1.001193");
        Map<String, Object> shippedProps = Map.of("service.bundleid", 41L, "service.id", 300L);
        Map<String, Object> copyProps = Map.of("service.bundleid", 97L, "service.id", 120L);
        for (boolean copyFirst : new boolean[] {false, true}) {
            ProcedureRegistry registry = new ProcedureRegistry();
            if (copyFirst) {
                registry.bindProcedure(copy, copyProps);
                registry.bindProcedure(shipped, shippedProps);
            } else {
                registry.bindProcedure(shipped, shippedProps);
                registry.bindProcedure(copy, copyProps);
            }
            assertSame("the bundle installed first, copy bound first: " + copyFirst, shipped,
                    registry.find("1.001193").orElseThrow());
        }
        // a province that means to replace it says so with a higher ranking
        ProcedureRegistry registry = new ProcedureRegistry();
        registry.bindProcedure(shipped, shippedProps);
        registry.bindProcedure(copy, Map.of("service.bundleid", 97L, "service.id", 120L, "service.ranking", 10));
        assertSame(copy, registry.find("1.001193").orElseThrow());
        registry.unbindProcedure(copy);
        assertSame(shipped, registry.find("1.001193").orElseThrow());
    }
}
