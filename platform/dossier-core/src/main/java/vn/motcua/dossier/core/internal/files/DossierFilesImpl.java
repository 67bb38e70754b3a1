package vn.motcua.dossier.core.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierFile;
import vn.motcua.dossier.DossierFiles;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.FileRejectedException;
import vn.motcua.dossier.ForbiddenException;
import vn.motcua.dossier.NotFoundException;
import vn.motcua.dossier.ProcedureCatalog;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.StorageException;
import vn.motcua.dossier.ValidationException;
import vn.motcua.dossier.core.internal.CoreMessages;
import vn.motcua.dossier.core.internal.DossierServiceImpl;
import vn.motcua.dossier.core.internal.FormCodec;
import vn.motcua.dossier.core.internal.persistence.AuditEntryEntity;
import vn.motcua.dossier.core.internal.persistence.DossierFileEntity;
import vn.motcua.dossier.core.internal.persistence.FileRepository;

/**
 * Scanned files under {@code <folder>/<agency>/<yyyy>/<dossier code>/}: streamed to a temporary
 * file in that folder while the size is counted and the SHA-256 computed, checked by content, then
 * recorded (with an audit entry on the dossier) and moved into place in one transaction.
 */
@Component(service = DossierFiles.class, configurationPid = DossierFilesImpl.PID)
@Designate(ocd = DossierFilesImpl.Config.class)
public class DossierFilesImpl implements DossierFiles {

    static final String PID = "vn.motcua.files";
    static final String ACTION_ATTACH = "ATTACH_FILE";
    private static final Logger LOG = LoggerFactory.getLogger(DossierFilesImpl.class);
    private static final int MAX_NAME = 200;

    @ObjectClassDefinition(name = "motcua: scanned files", description = "Files of dossiers' documents (số hóa)")
    public @interface Config {
        @AttributeDefinition(name = "Folder", description = "Where files are kept; empty: data/motcua-files "
                + "under the runtime's data folder")
        String folder() default "";

        @AttributeDefinition(name = "Largest file (MiB)", description = "Larger uploads are refused")
        int maxMegabytes() default 10;
    }

    private final DossierService dossiers;
    private final FileRepository repository;
    private final Path root;
    private final long maxBytes;
    private final Clock clock = Clock.system(DossierServiceImpl.ZONE);
    private ProcedureCatalog catalog;

    @Activate
    public DossierFilesImpl(@Reference DossierService dossiers, @Reference FileRepository repository,
                            @Reference ProcedureCatalog catalog, Config config) {
        this(dossiers, repository, folder(config.folder()), config.maxMegabytes() * 1024L * 1024L);
        this.catalog = catalog;
    }

    DossierFilesImpl(DossierService dossiers, FileRepository repository, Path root, long maxBytes) {
        this.dossiers = dossiers;
        this.repository = repository;
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    /**
     * Whether a scan may be filed under {@code document}: one of the dossier's papers, or one it may
     * still get: a paper its open supplement request asked for (listed by the procedure or not), or,
     * while it waits to be accepted or supplemented, any paper of its procedure.
     */
    private boolean accepts(Dossier d, String document) {
        if (d.documents().stream().anyMatch(x -> x.code().equals(document))) {
            return true;
        }
        if (d.status() == DossierStatus.SUPPLEMENT_REQUESTED) {
            Map<String, Object> request = Map.of();
            for (vn.motcua.dossier.AuditEntry e : dossiers.audit(d.code(), vn.motcua.dossier.Actor.SYSTEM)) {
                if (e.action().equals("REQUEST_SUPPLEMENT")) {
                    request = e.details();
                }
            }
            if (FormCodec.requestedCodes(request).contains(document)) {
                return true;
            }
        }
        return (d.status() == DossierStatus.SUBMITTED || d.status() == DossierStatus.SUPPLEMENT_REQUESTED)
                && catalog != null && catalog.find(d.procedureCode())
                        .map(p -> p.descriptor().document(document) != null).orElse(false);
    }

    private static Path folder(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        String data = System.getProperty("karaf.data", "data");
        return Path.of(data, "motcua-files");
    }

    @Override
    public DossierFile store(String dossierCode, String documentCode, String name, String declaredType,
                             InputStream content, Actor actor) {
        Dossier d = dossiers.get(dossierCode, actor);
        if (actor.hasRole(Role.CITIZEN) && d.status() != DossierStatus.SUBMITTED
                && d.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
            throw new ForbiddenException(CoreMessages.text("file.citizen.closed"));
        }
        String document = documentCode == null ? "" : documentCode.strip();
        if (!accepts(d, document)) {
            throw new ValidationException(List.of(CoreMessages.problem("file.document.unknown", "document",
                    document, d.documents().stream().map(DossierDocument::code).collect(Collectors.joining(", ")))));
        }
        String fileName = name == null || name.isBlank() ? document : name.strip();
        if (fileName.length() > MAX_NAME || fileName.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException(List.of(CoreMessages.problem("file.name.invalid", "name")));
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Path relativeDir = root.getFileSystem().getPath(safe(d.agencyCode()), Integer.toString(now.getYear()),
                safe(d.code()));
        Path dir = root.resolve(relativeDir);
        Path temp;
        try {
            Files.createDirectories(dir);
            temp = dir.resolve(".tmp-" + UUID.randomUUID());
        } catch (IOException e) {
            throw storageFailed(e);
        }
        try {
            Written w = write(content, temp);
            checkDeclared(declaredType, w.type());
            String stored = w.sha256().substring(0, 16) + "-" + UUID.randomUUID().toString().substring(0, 8) + "."
                    + w.type().extension();
            Path target = dir.resolve(stored);
            DossierFileEntity row = new DossierFileEntity(d.code(), document, fileName, w.type().mediaType(),
                    w.size(), w.sha256(), relativeDir.resolve(stored).toString().replace('\\', '/'), now,
                    actor.userName(), actor.displayName());
            try {
                repository.attach(row, dossier -> audit(dossier, row, actor, now), () -> move(temp, target));
            } catch (RuntimeException e) {
                deleteQuietly(target);
                throw e;
            }
            LOG.info("File {} ({} bytes, sha256 {}) attached to {} / {} by {}", row.getId(), w.size(), w.sha256(),
                    d.code(), document, actor.userName());
            return toFile(row);
        } finally {
            deleteQuietly(temp);
        }
    }

    private record Written(FileTypes type, long size, String sha256) {
    }

    /** Streams the content to {@code temp}: size limit, digest and type check on the way. */
    private Written write(InputStream content, Path temp) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] head = new byte[FileTypes.SNIFF_BYTES];
        int headLength = 0;
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = content.read(buffer)) > 0) {
                if (headLength < head.length) {
                    int take = Math.min(n, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, take);
                    headLength += take;
                }
                size += n;
                if (size > maxBytes) {
                    throw new FileRejectedException(FileRejectedException.Reason.SIZE,
                            CoreMessages.text("file.size", maxBytes / (1024 * 1024)));
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw storageFailed(e);
        }
        if (size == 0) {
            throw new FileRejectedException(FileRejectedException.Reason.EMPTY, CoreMessages.text("file.empty"));
        }
        FileTypes type = FileTypes.sniff(head, headLength);
        if (type == null) {
            throw new FileRejectedException(FileRejectedException.Reason.TYPE, CoreMessages.text("file.type", ""));
        }
        return new Written(type, size, HexFormat.of().formatHex(sha.digest()));
    }

    /** Checks the declared type against the content; separate so the REST layer's header is honoured. */
    static void checkDeclared(String declaredType, FileTypes type) {
        if (!FileTypes.agrees(declaredType, type)) {
            throw new FileRejectedException(FileRejectedException.Reason.TYPE, CoreMessages.text("file.type",
                    ": nội dung là " + type.mediaType() + " nhưng khai là " + declaredType));
        }
    }

    private static AuditEntryEntity audit(vn.motcua.dossier.core.internal.persistence.DossierEntity d,
                                          DossierFileEntity f, Actor actor, LocalDateTime at) {
        int seq = d.getAuditCount() + 1;
        d.setAuditCount(seq);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("document", f.getDocumentCode());
        details.put("name", f.getName());
        details.put("contentType", f.getContentType());
        details.put("size", f.getSize());
        details.put("sha256", f.getSha256());
        Role role = actor.roles().isEmpty() ? Role.SYSTEM : actor.roles().iterator().next();
        return new AuditEntryEntity(seq, at, actor.userName(), actor.displayName(), role, actor.agencyCode(),
                ACTION_ATTACH, d.getStatus(), d.getStatus(), null, null, null, FormCodec.writeObject(details));
    }

    private static void move(Path temp, Path target) {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
        } catch (IOException e) {
            throw storageFailed(e);
        }
    }

    private static StorageException storageFailed(IOException e) {
        LOG.error("Cannot store an uploaded file: {}", e.toString());
        return new StorageException(CoreMessages.text("storage.failed"));
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Cannot remove {}: {}", p, e.toString());
        }
    }

    /** A code as a single folder name: dossier and agency codes are [0-9A-Za-z.-] already. */
    private static String safe(String code) {
        String s = code.replaceAll("[^0-9A-Za-z.-]", "_");
        return s.equals(".") || s.equals("..") ? "_" : s;
    }

    @Override
    public List<DossierFile> list(String dossierCode, Actor actor) {
        dossiers.get(dossierCode, actor);
        return repository.list(dossierCode).stream().map(DossierFilesImpl::toFile).toList();
    }

    @Override
    public StoredContent open(String dossierCode, long id, Actor actor) {
        dossiers.get(dossierCode, actor);
        DossierFileEntity f = repository.find(dossierCode, id).orElseThrow(() -> new NotFoundException(
                "file.not-found", CoreMessages.text("file.notFound", dossierCode, id)));
        Path path = root.resolve(f.getStoredPath()).normalize();
        if (!path.startsWith(root) || !Files.isRegularFile(path)) {
            throw new NotFoundException("file.not-found", CoreMessages.text("file.notFound", dossierCode, id));
        }
        return new StoredContent(toFile(f), path);
    }

    private static DossierFile toFile(DossierFileEntity f) {
        return new DossierFile(f.getId(), f.getDossierCode(), f.getDocumentCode(), f.getName(), f.getContentType(),
                f.getSize(), f.getSha256(), f.getUploadedAt(), f.getUploadedBy(), f.getUploadedByName());
    }
}
