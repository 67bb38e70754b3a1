package vn.motcua.rest.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import javax.servlet.Servlet;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import vn.motcua.dossier.SessionService;
import vn.motcua.dossier.UserDirectory;

/**
 * Publishes the API under {@code /api} on a CXF servlet of its own, registered with the HTTP
 * whiteboard. The resources are DS components handed in as references; one JSON mapper is built
 * here, once.
 */
@Component(immediate = true, configurationPid = RestServer.PID)
@Designate(ocd = RestServer.Config.class)
public class RestServer {

    static final String PID = "vn.motcua.rest";

    @ObjectClassDefinition(name = "motcua – REST API",
            description = "Giới hạn của API REST. / Limits of the REST API.")
    public @interface Config {
        @AttributeDefinition(name = "Kích thước tối đa của nội dung gửi lên (byte) / Largest request body (bytes)",
                description = "Nội dung JSON, văn bản, biểu mẫu lớn hơn bị từ chối với mã 413; tệp tải lên có giới hạn"
                        + " riêng. / Larger JSON, text and form bodies are refused with 413; file uploads have their own"
                        + " limit.", min = "1024")
        long maxRequestBytes() default 1_048_576;

        @AttributeDefinition(name = "Số lần đăng nhập sai tối đa mỗi máy / Failed sign-ins per client address",
                description = "Trong mỗi khoảng thời gian; quá số này, máy đó nhận mã 429 mà mật khẩu không được kiểm tra."
                        + " / Within each window; beyond it that address gets 429 without its password being checked.",
                min = "1")
        int signInFailuresPerAddress() default 30;

        @AttributeDefinition(name = "Khoảng thời gian đếm đăng nhập sai (giây) / Failed sign-in window (seconds)",
                min = "1")
        int signInFailureWindowSeconds() default 600;

    }

    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);

    private final Server server;
    private final ServiceRegistration<Servlet> registration;

    @Activate
    public RestServer(BundleContext context, @Reference ProceduresResource procedures,
                      @Reference DossiersResource dossiers, @Reference DossierResource dossier,
                      @Reference DossierTransitionsResource transitions, @Reference AgenciesResource agencies,
                      @Reference CalendarResource calendar, @Reference OpenApiResource openApi,
                      @Reference PublicResource publicResource, @Reference CatalogueResource catalogue,
                      @Reference AdminProceduresResource adminProcedures, @Reference ReportsResource reports,
                      @Reference SimulationsResource simulations, @Reference SessionResource session,
                      @Reference AdminUsersResource adminUsers, @Reference OutboxResource outbox,
                      @Reference UserDirectory users, @Reference SessionService sessions,
                      @Reference SignInThrottle throttle, Config config) {
        // the API's own servlet and destination registry, registered with the HTTP whiteboard, so that
        // whiteboard filters (HttpGuard) run before CXF; CXF's shared OSGi servlet serves nothing of ours
        Bus bus = BusFactory.getDefaultBus();
        if (bus.getExtension(ClassLoader.class) == null) {
            // without a class loader of its own, CXF's servlet looks one up as a resource on every
            // request (a bundle class path search that finds none, about 2 % of a transition's CPU);
            // the API bundle's own loader, as CXF's Blueprint buses set theirs
            bus.setExtension(RestServer.class.getClassLoader(), ClassLoader.class);
        }
        // CXF caches, per class and media type, the first reader or writer whose media types match; with
        // Jackson's */* sorted behind CXF's own providers, that is one that cannot write a view (binary
        // data), so every request searched all providers again (3 % of a lifecycle's CPU). Cached with
        // every candidate, the search is done once
        bus.setProperty("org.apache.cxf.jaxrs.provider.cache.checkAllCandidates", Boolean.TRUE);
        HTTPTransportFactory transport = new HTTPTransportFactory();
        CXFNonSpringServlet servlet = new CXFNonSpringServlet(transport.getRegistry(), false);
        servlet.setBus(bus);
        JAXRSServerFactoryBean bean = new JAXRSServerFactoryBean();
        bean.setBus(bus);
        bean.setDestinationFactory(transport);
        bean.setAddress("/");
        bean.setServiceBeans(List.of(procedures, dossiers, dossier, transitions, agencies, calendar, openApi,
                publicResource, catalogue, adminProcedures, reports, simulations, session, adminUsers, outbox));
        bean.setProviders(List.of(new JacksonJsonProvider(mapper()), new ErrorMapper(),
                new RequestSizeLimit(Settings.atLeast("maxRequestBytes", config::maxRequestBytes, 1024)), new AuthenticationFilter(users, sessions, throttle)));
        server = bean.create();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.servlet.name", "motcua-api");
        properties.put("osgi.http.whiteboard.servlet.pattern", "/api/*");
        registration = context.registerService(Servlet.class, servlet, properties);
        LOG.info("motcua REST API published");
    }

    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                // no flush of the HTTP stream: an answer that fits Jetty's buffer then goes out whole,
                // with its Content-Length, when CXF closes it (a flush made it chunks and a last chunk)
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
                .build();
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
        server.destroy();
    }
}
