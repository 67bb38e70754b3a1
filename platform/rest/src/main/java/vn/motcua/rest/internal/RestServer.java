package vn.motcua.rest.internal;

import java.util.List;

import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * Publishes the API on CXF's servlet (context {@code /api}, set in etc/org.apache.cxf.osgi.cfg).
 * The resources are DS components handed in as references; one JSON mapper is built here, once.
 */
@Component(immediate = true)
public class RestServer {

    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);

    private final Server server;

    @Activate
    public RestServer(@Reference HTTPTransportFactory transport, @Reference ProceduresResource procedures,
                      @Reference DossiersResource dossiers, @Reference AgenciesResource agencies,
                      @Reference CalendarResource calendar, @Reference OpenApiResource openApi,
                      @Reference PublicResource publicResource, @Reference CatalogueResource catalogue,
                      @Reference AdminProceduresResource adminProcedures, @Reference ReportsResource reports,
                      @Reference SimulationsResource simulations, @Reference SessionResource session,
                      @Reference AdminUsersResource adminUsers,
                      @Reference UserDirectory users, @Reference SessionService sessions) {
        JAXRSServerFactoryBean bean = new JAXRSServerFactoryBean();
        bean.setBus(BusFactory.getDefaultBus());
        bean.setDestinationFactory(transport);
        bean.setAddress("/");
        bean.setServiceBeans(List.of(procedures, dossiers, agencies, calendar, openApi, publicResource, catalogue,
                adminProcedures, reports, simulations, session, adminUsers));
        bean.setProviders(List.of(new JacksonJsonProvider(mapper()), new ErrorMapper(),
                new AuthenticationFilter(users, sessions)));
        server = bean.create();
        LOG.info("motcua REST API published");
    }

    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .build();
    }

    @Deactivate
    void deactivate() {
        server.destroy();
    }
}
