package vn.motcua.dossier;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Scanned files of dossiers' documents. Access follows the dossier: who may read a dossier may list
 * and download its files. Officials with access upload at any time; the applicant (an actor with the
 * role {@link Role#CITIZEN}) only while the dossier waits for them (submitted online, or asked for a
 * supplement).
 */
@ProviderType
public interface DossierFiles {

    /**
     * Stores a file: the content is checked (PDF, JPEG or PNG by its first bytes; at most the
     * configured size), written under a temporary name and moved into place, then recorded with an
     * audit entry on the dossier. A failure leaves neither a file nor a record.
     *
     * @param declaredType the Content-Type the client sent, or null; when given, it must agree with
     *     the content
     * @throws FileRejectedException when the type or size is not accepted
     * @throws StorageException when the file could not be written (disk full)
     * @throws ValidationException when the document is not one of the dossier's
     */
    DossierFile store(String dossierCode, String documentCode, String name, String declaredType, InputStream content,
                      Actor actor);

    /** The dossier's files, oldest first (same access rule as {@link DossierService#get}). */
    List<DossierFile> list(String dossierCode, Actor actor);

    /**
     * A stored file and where its content is.
     *
     * @throws NotFoundException when the dossier has no such file
     */
    StoredContent open(String dossierCode, long id, Actor actor);

    /** A file record and the path of its content. */
    record StoredContent(DossierFile file, Path path) {
    }
}
