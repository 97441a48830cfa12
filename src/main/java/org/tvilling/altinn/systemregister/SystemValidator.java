package org.tvilling.altinn.systemregister;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The AUTH.VLD rules of the page's error table (00001–00008), all found at once and in the real service's
 * order, and the update's 00011. What must come first and alone (00000, the ownership, the update's 00012)
 * is the delegates'.
 */
@Component
class SystemValidator {

    /** The only attribute id of a right the resource register answers to. */
    static final String RESOURCE_ATTRIBUTE = "urn:altinn:resource";

    private final RegisteredSystemRepository systems;
    private final ResourceRegisterRepository resources;
    private final AccessPackageRepository accessPackages;

    SystemValidator(
            RegisteredSystemRepository systems,
            ResourceRegisterRepository resources,
            AccessPackageRepository accessPackages) {
        this.systems = systems;
        this.resources = resources;
        this.accessPackages = accessPackages;
    }

    /** CreateRegisteredSystem: 00001, 00002, 00005, 00004, then the rights and the access packages. */
    List<ValidationError> forCreate(SystemDefinition system) {
        List<ValidationError> errors = new ArrayList<>();
        if (!system.systemId().split("_", -1)[0].equals(system.vendorOrgNumber())) {
            errors.add(ValidationError.of(ValidationCode.SYSTEM_ID_FORMAT));
        }
        if (systems.exists(system.systemId())) {
            errors.add(ValidationError.of(ValidationCode.SYSTEM_ID_EXISTS));
        }
        redirectUrls(system.redirectUrls(), errors);
        if (!systems.clientIdsInUse(system.clientIds(), null).isEmpty()) {
            errors.add(ValidationError.of(ValidationCode.CLIENT_ID_EXISTS));
        }
        errors.addAll(rights(system.rights()));
        errors.addAll(accessPackages(system.accessPackages()));
        return errors;
    }

    /**
     * UpdateWholeRegisteredSystem: the rights, the access packages, the redirect URLs, then the client ids
     * (00011 one given twice, ignoring case; 00004 one of another system; the system's own stay valid).
     */
    List<ValidationError> forUpdate(RegisteredSystem current, SystemDefinition proposed) {
        List<ValidationError> errors = new ArrayList<>();
        errors.addAll(rights(proposed.rights()));
        errors.addAll(accessPackages(proposed.accessPackages()));
        redirectUrls(proposed.redirectUrls(), errors);
        Set<String> seen = new HashSet<>();
        if (!proposed.clientIds().stream().allMatch(id -> seen.add(id.toLowerCase(Locale.ROOT)))) {
            errors.add(ValidationError.of(ValidationCode.DUPLICATE_CLIENT_IDS));
        }
        if (!systems.clientIdsInUse(proposed.clientIds(), current.internalId()).isEmpty()) {
            errors.add(ValidationError.of(ValidationCode.CLIENT_ID_EXISTS));
        }
        return errors;
    }

    /**
     * 00003: a resource the register does not know (or named by another attribute than urn:altinn:resource);
     * 00006: the same right twice (the same attribute pairs in the same order).
     */
    List<ValidationError> rights(List<SystemRight> rights) {
        List<ValidationError> errors = new ArrayList<>();
        Set<String> values = rights.stream()
                .flatMap(right -> right.resource().stream())
                .map(ResourceAttribute::value)
                .collect(Collectors.toSet());
        Set<String> known = resources.known(values);
        Set<String> notFound = rights.stream()
                .flatMap(right -> right.resource().stream())
                .filter(attribute -> !RESOURCE_ATTRIBUTE.equals(attribute.id()) || !known.contains(attribute.value()))
                .map(ResourceAttribute::value)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!notFound.isEmpty()) {
            errors.add(new ValidationError(
                    ValidationCode.RESOURCE_NOT_FOUND,
                    Map.of("ResourceIds Not Found : ", String.join(" | ", notFound))));
        }
        if (new HashSet<>(rights).size() < rights.size()) {
            errors.add(ValidationError.of(ValidationCode.DUPLICATE_RIGHTS));
        }
        return errors;
    }

    /**
     * 00008: a package that is malformed (fewer than four parts), unknown or not delegable, all of them
     * named in one item as the real service does; 00007: the same URN twice.
     */
    List<ValidationError> accessPackages(List<@Nullable String> urns) {
        List<ValidationError> errors = new ArrayList<>();
        List<String> invalidFormat = new ArrayList<>();
        List<String> wellFormed = new ArrayList<>();
        for (String urn : urns) {
            if (urn == null || urn.isBlank() || urn.split(":", -1).length < 4) {
                invalidFormat.add(String.valueOf(urn));
            } else {
                wellFormed.add(urn);
            }
        }
        Map<String, Boolean> known = accessPackages.delegable(wellFormed);
        List<String> notFound = wellFormed.stream()
                .filter(urn -> !known.containsKey(urn))
                .distinct()
                .toList();
        List<String> notDelegable = wellFormed.stream()
                .filter(urn -> Boolean.FALSE.equals(known.get(urn)))
                .distinct()
                .toList();
        List<String> details = new ArrayList<>();
        describe(details, "Invalid format: ", invalidFormat);
        describe(details, "Not found: ", notFound);
        describe(details, "Not delegable: ", notDelegable);
        if (!details.isEmpty()) {
            errors.add(new ValidationError(
                    ValidationCode.ACCESS_PACKAGE_NOT_VALID,
                    Map.of("Invalid Urn Details : ", String.join(" | ", details))));
        }
        if (urns.stream().filter(Objects::nonNull).distinct().count()
                < urns.stream().filter(Objects::nonNull).count()) {
            errors.add(ValidationError.of(ValidationCode.DUPLICATE_ACCESS_PACKAGES));
        }
        return errors;
    }

    private static void redirectUrls(List<String> urls, List<ValidationError> errors) {
        if (urls.stream().anyMatch(url -> RedirectUrl.normalised(url) == null)) {
            errors.add(ValidationError.of(ValidationCode.REDIRECT_URL_FORMAT));
        }
    }

    private static void describe(List<String> details, String kind, List<String> urns) {
        if (!urns.isEmpty()) {
            details.add(kind + String.join(", ", urns));
        }
    }
}
