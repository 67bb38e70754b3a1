package vn.motcua.dossier.core.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import vn.motcua.dossier.Agency;
import vn.motcua.dossier.Offer;
import vn.motcua.dossier.ProvinceCatalogue;

/** The province catalogue, from a CSV file under etc/, read again when it changes. */
@Component(service = ProvinceCatalogue.class, configurationPid = ProvinceCatalogueComponent.PID)
@Designate(ocd = ProvinceCatalogueComponent.Config.class)
public class ProvinceCatalogueComponent implements ProvinceCatalogue {

    static final String PID = "vn.motcua.catalogue";

    @ObjectClassDefinition(name = "motcua: province catalogue (danh mục thủ tục hành chính)",
            description = "Which agency offers which procedure, effective-dated, with local fees and times")
    public @interface Config {
        @AttributeDefinition(name = "Catalogue file", description = "CSV, UTF-8: procedure,agency,validFrom,validTo,"
                + "decision,fee,timeLimit,onlineLevel. Without the file (or with no line) every installed "
                + "procedure is offered everywhere. Edits apply without restart.")
        String file() default "${karaf.etc}/motcua-catalogue.csv";
    }

    private volatile WatchedFile<List<Offer>> file;

    @Activate
    public ProvinceCatalogueComponent(Config config) throws IOException {
        modified(config);
    }

    @Modified
    void modified(Config config) throws IOException {
        file = new WatchedFile<>(WatchedFile.resolve(config.file()), CatalogueFile::parse, List.of());
    }

    @Override
    public Optional<Offer> offer(String procedureCode, Agency agency, LocalDate date) {
        return offer(file.current(), procedureCode, agency, date);
    }

    static Optional<Offer> offer(List<Offer> offers, String procedureCode, Agency agency, LocalDate date) {
        if (offers.isEmpty()) {
            return Optional.of(Offer.unrestricted(procedureCode));
        }
        Offer best = null;
        int bestScore = -1;
        for (Offer o : offers) {
            if (!o.isValidOn(date)) {
                continue;
            }
            int procedureScore = o.procedureCode().equals(procedureCode) ? 2 : o.procedureCode().equals("*") ? 1 : 0;
            int agencyScore = o.agency().equals(agency.code()) ? 3
                    : o.agency().equals("level:" + agency.level().name()) ? 2 : o.agency().equals("*") ? 1 : 0;
            if (procedureScore == 0 || agencyScore == 0) {
                continue;
            }
            int score = procedureScore * 4 + agencyScore;
            if (score > bestScore) {
                best = o;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public List<Offer> offers(LocalDate date) {
        List<Offer> result = new ArrayList<>();
        for (Offer o : file.current()) {
            if (o.isValidOn(date)) {
                result.add(o);
            }
        }
        return result;
    }
}
