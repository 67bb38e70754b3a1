package vn.motcua.rest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.dossier.Agency;
import vn.motcua.dossier.AgencyDirectory;
import vn.motcua.dossier.NotFoundException;
import vn.motcua.dossier.Offer;
import vn.motcua.dossier.ProcedureCatalog;
import vn.motcua.dossier.ProvinceCatalogue;
import vn.motcua.procedure.OnlineLevel;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.ProcedureField;

/**
 * The public catalogue (niêm yết công khai): exactly the procedures offered on a day, at an agency
 * or anywhere in the province, with the province's own fees and times.
 */
@Component(service = CatalogueResource.class)
@Path("/catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    private final ProcedureCatalog procedures;
    private final ProvinceCatalogue catalogue;
    private final AgencyDirectory agencies;

    @Activate
    public CatalogueResource(@Reference ProcedureCatalog procedures, @Reference ProvinceCatalogue catalogue,
                             @Reference AgencyDirectory agencies) {
        this.procedures = procedures;
        this.catalogue = catalogue;
        this.agencies = agencies;
    }

    /** One offered procedure, as the public sees it. */
    public record Entry(String code, String name, ProcedureField field, TimeLimit timeLimit, String onlineLevel,
                        String onlineLevelLabel, String fee, Long localFee, String decision, LocalDate validFrom,
                        LocalDate validTo, List<String> offeredAt) {
    }

    @GET
    public List<Entry> list(@QueryParam("agency") String agencyCode, @QueryParam("date") String date) {
        LocalDate day = Params.date("date", date);
        LocalDate on = day != null ? day : LocalDate.now(Views.ZONE);
        Agency agency = null;
        if (Params.optional(agencyCode) != null) {
            agency = agencies.find(agencyCode.strip()).orElseThrow(() -> new NotFoundException("agency.not-found",
                    "Không có cơ quan mã " + agencyCode + "."));
            if (!agency.isValidOn(on)) {
                return List.of(); // merged away, or not yet formed, on that day: it offers nothing
            }
        }
        List<Offer> lines = catalogue.offers(on);
        List<Entry> entries = new ArrayList<>();
        for (Procedure p : procedures.list(null)) {
            ProcedureDescriptor d = p.descriptor();
            if (!d.isEffectiveOn(on)) {
                continue;
            }
            Offer offer;
            List<String> where = new ArrayList<>();
            if (agency != null) {
                offer = catalogue.offer(d.code(), agency, on).orElse(null);
                where.add(agency.code());
            } else {
                offer = null;
                for (Offer o : lines) {
                    if (o.procedureCode().equals(d.code()) || o.procedureCode().equals("*")) {
                        where.add(o.agency());
                        if (offer == null || o.procedureCode().equals(d.code())) {
                            offer = o;
                        }
                    }
                }
                if (lines.isEmpty()) {
                    offer = Offer.unrestricted(d.code());
                    where.add("*");
                }
            }
            if (offer == null) {
                continue;
            }
            OnlineLevel level = offer.onlineLevel() != null ? offer.onlineLevel() : d.onlineLevel();
            entries.add(new Entry(d.code(), d.name(), d.field(),
                    offer.timeLimit() != null ? offer.timeLimit() : d.timeLimit(), level.name(), level.label(),
                    d.feeText(), offer.fee(), offer.decision(), offer.validFrom(), offer.validTo(), where));
        }
        return entries;
    }
}
