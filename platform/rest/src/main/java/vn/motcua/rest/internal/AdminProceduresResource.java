package vn.motcua.rest.internal;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.dossier.ProcedureDefinition;
import vn.motcua.dossier.ProcedureDefinitions;
import vn.motcua.dossier.ValidationException;
import vn.motcua.procedure.FormField;
import vn.motcua.procedure.OnlineLevel;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.ProcessStep;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.ProcedureField;
import vn.motcua.procedure.RequiredDocument;
import vn.motcua.procedure.ResultSpec;

/** Procedures a province administrator defines as data. */
@Component(service = AdminProceduresResource.class)
@Path("/admin/procedures")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AdminProceduresResource {

    private final ProcedureDefinitions definitions;

    @Activate
    public AdminProceduresResource(@Reference ProcedureDefinitions definitions) {
        this.definitions = definitions;
    }

    /** The JSON of a definition: a procedure descriptor and its fee. */
    public record Definition(String code, String name, ProcedureField field, TimeLimit timeLimit,
                             List<RequiredDocument> documents, List<FormField> formFields, OnlineLevel onlineLevel,
                             List<String> legalBasis, String feeText, Long feeAmount, LocalDate effectiveFrom,
                             LocalDate effectiveTo, List<ProcessStep> process, Integer supplementRequestsPerUnit,
                             ResultSpec result, String source) {

        static Definition of(ProcedureDefinition d) {
            ProcedureDescriptor p = d.descriptor();
            return new Definition(p.code(), p.name(), p.field(), p.timeLimit(), p.documents(), p.formFields(),
                    p.onlineLevel(), p.legalBasis(), p.feeText(), d.feeAmount(), p.effectiveFrom(), p.effectiveTo(),
                    p.process(), p.supplementRequestsPerUnit(), p.result(), d.source());
        }
    }

    @GET
    public List<Definition> list() {
        return definitions.list().stream().map(Definition::of).toList();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Definition define(@PathParam("code") String code, Definition body, @Context SecurityContext security) {
        if (body == null) {
            throw new BadRequestException("body.missing", "Thiếu nội dung yêu cầu (JSON).");
        }
        if (body.code() != null && !body.code().equals(code)) {
            throw new BadRequestException("code.mismatch", "Mã thủ tục trong nội dung khác mã trên địa chỉ.");
        }
        if (!code.matches("\\d\\.\\d{6}")) {
            throw invalid("code", "Mã thủ tục phải theo dạng mã TTHC quốc gia, ví dụ 2.000908.");
        }
        ProcedureDescriptor descriptor;
        try {
            descriptor = new ProcedureDescriptor(code, required(body.name(), "name"), body.field(),
                    body.timeLimit(), orEmpty(body.documents()), orEmpty(body.formFields()),
                    body.onlineLevel() == null ? OnlineLevel.NONE : body.onlineLevel(), orEmpty(body.legalBasis()),
                    body.feeText() == null ? "" : body.feeText(), body.effectiveFrom(), body.effectiveTo(),
                    orEmpty(body.process()), body.supplementRequestsPerUnit() == null ? 1
                    : body.supplementRequestsPerUnit(), body.result());
        } catch (NullPointerException | IllegalArgumentException e) {
            String why = e instanceof NullPointerException ? "thiếu " + e.getMessage() : String.valueOf(e.getMessage());
            throw invalid("definition", "Định nghĩa thủ tục chưa hợp lệ: " + Params.clip(why, 500)
                    + " (cần: name, field, timeLimit, effectiveFrom; tỷ lệ các bước cộng lại 100).");
        }
        long fee = body.feeAmount() == null ? 0 : body.feeAmount();
        if (fee < 0) {
            throw invalid("feeAmount", "Mức phí không được âm.");
        }
        return Definition.of(definitions.define(new ProcedureDefinition(descriptor, fee, null),
                ActorSecurityContext.actor(security)));
    }

    @DELETE
    @Path("/{code}")
    public Response remove(@PathParam("code") String code, @Context SecurityContext security) {
        definitions.remove(code, ActorSecurityContext.actor(security));
        return Response.noContent().build();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("thiếu " + field);
        }
        return value.strip();
    }

    private static ValidationException invalid(String field, String message) {
        return new ValidationException("Định nghĩa thủ tục chưa hợp lệ: 1 lỗi.",
                List.of(new Problem("procedure.definition.invalid", field, message)));
    }
}
