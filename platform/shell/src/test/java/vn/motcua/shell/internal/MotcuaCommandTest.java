package vn.motcua.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.security.PrivilegedExceptionAction;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Test;

import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.NotFoundException;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.ServiceUnavailableException;
import vn.motcua.dossier.UserAccount;
import vn.motcua.dossier.UserDirectory;
import vn.motcua.dossier.ValidationException;
import vn.motcua.procedure.Problem;

/**
 * Karaf prints a {@link CommandException} as the shell's error line and logs it at DEBUG, any other
 * exception with "Error executing command" and an ERROR with its stack trace: a user's mistake must
 * come out as the first, a fault of the runtime as the second.
 */
public class MotcuaCommandTest {

    private static final UserAccount CLERK = new UserAccount("tn.vocuong", "Nguyễn Thị Tiếp Nhận",
            Set.of(Role.RECEPTION_CLERK), "000.10.01.H07", true);

    @Test
    public void aMistypedArgumentIsTheErrorLine() throws Exception {
        DueCommand due = new DueCommand();
        due.receivedAt = "2018-02-13T15:30";
        due.amount = 2;
        due.unit = "WEEKS";
        CommandException e = refusal(due);
        assertTrue(e.getMessage(), e.getMessage().startsWith("unit phải là một trong WORKING_DAYS"));
    }

    @Test
    public void aRuleOfTheDossierServicesIsTheErrorLine() throws Exception {
        ActCommand act = act(new NotFoundException("000.10.01.H07-000101-9999",
                "Không có hồ sơ 000.10.01.H07-000101-9999."));
        assertEquals("Không có hồ sơ 000.10.01.H07-000101-9999.", refusal(act).getMessage());
    }

    @Test
    public void aRefusedTransitionNamesEachProblem() throws Exception {
        ActCommand act = act(new ValidationException(List.of(new Problem("transition.assignee.unknown", "assignee",
                "Không có chuyên viên cv.khongco tại cơ quan này."))));
        assertEquals("Không thực hiện được HAND_OVER: Không có chuyên viên cv.khongco tại cơ quan này.",
                refusal(act).getMessage());
    }

    @Test
    public void aMissingRightIsTheErrorLine() throws Exception {
        UsersCommand users = new UsersCommand();
        users.users = directory();
        assertEquals("Chỉ quản trị tỉnh mới quản lý được tài khoản cán bộ.", refusal(users).getMessage());
    }

    @Test
    public void aFaultOfTheRuntimeStaysAFault() throws Exception {
        ServiceUnavailableException down = new ServiceUnavailableException("Cơ sở dữ liệu tạm thời không truy cập được.",
                new java.sql.SQLException("connection refused"));
        try {
            asClerk(act(down));
            fail("expected the fault itself");
        } catch (ServiceUnavailableException e) {
            assertSame(down, e);
        }
    }

    private static ActCommand act(RuntimeException thrown) {
        ActCommand act = new ActCommand();
        act.code = "000.10.01.H07-261129-0001";
        act.action = "hand_over";
        act.assignee = "cv.khongco";
        act.users = directory();
        act.dossiers = (DossierService) Proxy.newProxyInstance(MotcuaCommandTest.class.getClassLoader(),
                new Class<?>[] {DossierService.class}, (proxy, method, args) -> {
                    throw thrown;
                });
        return act;
    }

    private static UserDirectory directory() {
        return (UserDirectory) Proxy.newProxyInstance(MotcuaCommandTest.class.getClassLoader(),
                new Class<?>[] {UserDirectory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        return CLERK.userName().equals(args[0]) ? Optional.of(CLERK) : Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static CommandException refusal(MotcuaCommand command) throws Exception {
        try {
            asClerk(command);
        } catch (CommandException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    @SuppressWarnings("removal") // how Karaf runs a command: inside Subject.doAs with the session's user
    private static void asClerk(MotcuaCommand command) throws Exception {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(CLERK.userName()));
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) command::execute);
        } catch (java.security.PrivilegedActionException e) {
            throw e.getException();
        }
    }
}
