package org.tvilling.altinn.systemregister;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.tvilling.altinn.systemregister.generated.model.AccessPackage;
import org.tvilling.altinn.systemregister.generated.model.AttributePair;
import org.tvilling.altinn.systemregister.generated.model.RegisterSystemRequest;
import org.tvilling.altinn.systemregister.generated.model.RegisteredSystemDTO;
import org.tvilling.altinn.systemregister.generated.model.RegisteredSystemResponse;
import org.tvilling.altinn.systemregister.generated.model.Right;
import org.tvilling.altinn.systemregister.generated.model.TranslatedText;
import org.tvilling.altinn.systemregister.generated.model.VendorInfoResponse;

/**
 * The contract's models to and from the domain records. Absent lists are empty and an absent
 * {@code isVisible} is true (the real service's defaults); a list item that is null is a binding error.
 */
final class SystemRegisterDtos {

    private static final String NOT_NULL = "The value must not be null.";

    private SystemRegisterDtos() {}

    /** RegisterSystemRequest with its trimmed id, for the vendor's organisation number. */
    static SystemDefinition definition(RegisterSystemRequest request, String vendorOrgNumber) {
        return new SystemDefinition(
                request.getId().strip(),
                vendorOrgNumber,
                texts(request.getName()),
                texts(request.getDescription()),
                rights(request.getRights(), "$.rights"),
                accessPackages(request.getAccessPackages(), "$.accessPackages"),
                items(request.getClientId(), "$.clientId", (item, path) -> item),
                items(request.getAllowedredirecturls(), "$.allowedredirecturls", (item, path) -> item),
                request.getIsVisible() == null || request.getIsVisible());
    }

    /** A body of UpdateRightsOnRegisteredSystem, or the rights of a RegisterSystemRequest. */
    static List<SystemRight> rights(@Nullable List<Right> rights, String path) {
        return items(
                rights,
                path,
                (right, rightPath) -> new SystemRight(items(
                        right.getResource(),
                        rightPath + ".resource",
                        (pair, pairPath) -> new ResourceAttribute(pair.getId(), pair.getValue()))));
    }

    /** A body of UpdateAccessPackagesOnRegisteredSystem, or the access packages of a RegisterSystemRequest. */
    static List<@Nullable String> accessPackages(@Nullable List<AccessPackage> packages, String path) {
        List<@Nullable String> urns = new ArrayList<>();
        for (AccessPackage accessPackage : items(packages, path, (item, itemPath) -> item)) {
            urns.add(accessPackage.getUrn());
        }
        return urns;
    }

    /** GetRegisteredSystemInfo. */
    static RegisteredSystemResponse response(RegisteredSystem system) {
        return new RegisteredSystemResponse(
                system.systemId(),
                new VendorInfoResponse(VendorId.of(system.vendorOrgNumber())),
                text(system.name()),
                text(system.description()),
                rights(system.rights()),
                accessPackages(system.accessPackages()),
                system.deleted(),
                system.clientIds(),
                system.visible(),
                system.redirectUrls());
    }

    /** One system of GetListOfRegisteredSystemsForVendor. */
    static RegisteredSystemDTO listItem(RegisteredSystem system) {
        return new RegisteredSystemDTO(
                        system.systemId(),
                        system.vendorOrgNumber(),
                        text(system.name()),
                        text(system.description()),
                        rights(system.rights()),
                        accessPackages(system.accessPackages()),
                        system.visible())
                .systemVendorOrgName(system.vendorName());
    }

    private static Texts texts(TranslatedText text) {
        return new Texts(text.getNb(), text.getEn(), text.getNn());
    }

    private static TranslatedText text(Texts texts) {
        return new TranslatedText(texts.nb(), texts.en(), texts.nn());
    }

    private static List<Right> rights(List<SystemRight> rights) {
        return rights.stream()
                .map(right -> new Right()
                        .resource(right.resource().stream()
                                .map(attribute -> new AttributePair(attribute.id(), attribute.value()))
                                .toList()))
                .toList();
    }

    private static List<AccessPackage> accessPackages(List<String> urns) {
        return urns.stream().map(urn -> new AccessPackage().urn(urn)).toList();
    }

    /** The items of an optional list, each mapped with its JSON path; a null item is a binding error. */
    private static <T, R> List<R> items(@Nullable List<T> items, String path, BiFunction<T, String, R> mapper) {
        if (items == null) {
            return List.of();
        }
        List<R> mapped = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            String itemPath = path + "[" + index + "]";
            T item = items.get(index);
            if (item == null) {
                throw SystemRegisterException.binding(itemPath, NOT_NULL);
            }
            mapped.add(mapper.apply(item, itemPath));
        }
        return mapped;
    }
}
