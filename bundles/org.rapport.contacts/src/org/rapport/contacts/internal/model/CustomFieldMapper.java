package org.rapport.contacts.internal.model;

import org.rapport.contacts.model.CustomFieldDefinition;

/** Copies between the API {@link CustomFieldDefinition} and the {@link CustomFieldDefinitionEntity} stored for it. */
public final class CustomFieldMapper {

    private CustomFieldMapper() {
    }

    /** The API definition of an entity. */
    public static CustomFieldDefinition toApi(CustomFieldDefinitionEntity from) {
        return new CustomFieldDefinition(from.getKey(), from.getLabel(), from.getType(), from.getChoices(),
                from.getPosition(), from.revision());
    }

    /** A new entity for an API definition. */
    public static CustomFieldDefinitionEntity toNewEntity(CustomFieldDefinition from) {
        return new CustomFieldDefinitionEntity(from.getKey(), from.getLabel(), from.getType(), from.getChoices(),
                from.getPosition());
    }

    /** Copies what an API definition says onto the entity of the same key. */
    public static void copyFields(CustomFieldDefinition from, CustomFieldDefinitionEntity to) {
        to.define(from.getLabel(), from.getType(), from.getChoices(), from.getPosition());
    }
}
