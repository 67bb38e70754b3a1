package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The province's catalogue of procedures: which agency offers which procedure, effective-dated,
 * with the province's own fees and times. An empty catalogue offers every installed procedure at
 * every agency.
 */
@ProviderType
public interface ProvinceCatalogue {

    /**
     * The offer in force for a procedure at an agency on a day: the most specific line (this
     * procedure before "*", this agency before its level before "*").
     *
     * @return empty when the catalogue does not offer it there then
     */
    Optional<Offer> offer(String procedureCode, Agency agency, LocalDate date);

    /** Every line in force on a day. */
    List<Offer> offers(LocalDate date);
}
