package vn.motcua.dossier;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The procedures defined as data (files and the administrator API). */
@ProviderType
public interface ProcedureDefinitions {

    List<ProcedureDefinition> list();

    /**
     * Defines or replaces a procedure (province administrators only); it is offered within seconds
     * on every node.
     *
     * @throws ForbiddenException unless the actor is a province administrator
     * @throws InvalidTransitionException when a field bundle already contributes this code
     */
    ProcedureDefinition define(ProcedureDefinition definition, Actor actor);

    /** Removes a procedure defined through the API; its dossiers stay. */
    void remove(String code, Actor actor);
}
