package vn.motcua.dossier.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A document of a dossier, as stored. */
@Embeddable
public class DocumentRow {

    @Column(name = "DOC_CODE", nullable = false, length = 60)
    private String code;
    @Column(name = "NAME", nullable = false, length = 1000)
    private String name;
    @Column(name = "ORIGINALS", nullable = false)
    private int originals;
    @Column(name = "CERTIFIED_COPIES", nullable = false)
    private int certifiedCopies;
    @Column(name = "COPIES", nullable = false)
    private int copies;
    @Column(name = "PAGES", nullable = false)
    private int pages;

    protected DocumentRow() {
    }

    public DocumentRow(String code, String name, int originals, int certifiedCopies, int copies, int pages) {
        this.code = code;
        this.name = name;
        this.originals = originals;
        this.certifiedCopies = certifiedCopies;
        this.copies = copies;
        this.pages = pages;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getOriginals() {
        return originals;
    }

    public int getCertifiedCopies() {
        return certifiedCopies;
    }

    public int getCopies() {
        return copies;
    }

    public int getPages() {
        return pages;
    }
}
