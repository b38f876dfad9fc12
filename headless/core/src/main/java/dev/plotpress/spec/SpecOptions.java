package dev.plotpress.spec;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plotpress.model.ChartSpec;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The spec file's keys, taken from {@link ChartSpec}'s components: each component is the key of its name, read and
 * written by Jackson as the model type it is ({@code hue: origin} is a String, {@code style: {...}} a Style). A group
 * component marked {@code @JsonUnwrapped} lends its own components as top-level keys ({@code estimator: median} fills
 * {@code Estimate}). Only {@link SpecDocument}'s keys (kind, data, size, and the data's types and transform) are written
 * otherwise than the model holds them; {@link SpecConversion} converts those. So a component added to ChartSpec is a
 * key of the file, read, written and listed in the unknown-key message, with no line here.
 */
final class SpecOptions {
    private static final RecordComponent[] COMPONENTS = ChartSpec.class.getRecordComponents();
    private static final Set<String> CONVERTED = Arrays.stream(SpecDocument.class.getRecordComponents())
            .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());
    /** Every key of the file in the order the writer writes them and the schema lists them. */
    private static final List<String> KEYS = keys();
    /** The option keys (not SpecDocument's): where each is held in ChartSpec. */
    private static final Map<String, Place> PLACES = places();
    private static final Method[] SETTERS = setters();

    /** A key's component of ChartSpec, and for a key of an unwrapped group, the group's component it fills. */
    private record Place(int index, RecordComponent component, RecordComponent groupMember) {
    }

    private SpecOptions() {
    }

    /** The spec file's top-level keys, in order. */
    static List<String> allKeys() {
        return KEYS;
    }

    /** The component that holds {@code key} as the file writes it: SpecDocument's, an unwrapped group's, or ChartSpec's. */
    static RecordComponent componentOf(String key) {
        Place place = PLACES.get(key);
        if (place != null) {
            return place.groupMember() != null ? place.groupMember() : place.component();
        }
        return Arrays.stream(SpecDocument.class.getRecordComponents()).filter(c -> c.getName().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no key " + key));
    }

    /** ChartSpec's keys, then SpecDocument's that ChartSpec holds inside another (the data's types and transform). */
    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (RecordComponent component : COMPONENTS) {
            if (isUnwrapped(component)) {
                for (RecordComponent member : component.getType().getRecordComponents()) {
                    keys.add(keyOf(member));
                }
            } else {
                keys.add(component.getName());
            }
        }
        for (RecordComponent converted : SpecDocument.class.getRecordComponents()) {
            if (!keys.contains(converted.getName())) {
                keys.add(converted.getName());
            }
        }
        return List.copyOf(keys);
    }

    private static Map<String, Place> places() {
        Map<String, Place> places = new LinkedHashMap<>();
        for (int i = 0; i < COMPONENTS.length; i++) {
            RecordComponent component = COMPONENTS[i];
            if (CONVERTED.contains(component.getName())) {
                continue;
            }
            if (isUnwrapped(component)) {
                for (RecordComponent member : component.getType().getRecordComponents()) {
                    places.put(keyOf(member), new Place(i, component, member));
                }
            } else {
                places.put(component.getName(), new Place(i, component, null));
            }
        }
        return places;
    }

    private static boolean isUnwrapped(RecordComponent component) {
        return component.getAccessor().isAnnotationPresent(JsonUnwrapped.class);
    }

    private static String keyOf(RecordComponent component) {
        JsonProperty named = component.getAccessor().getAnnotation(JsonProperty.class);
        return named == null || named.value().isEmpty() ? component.getName() : named.value();
    }

    /**
     * The option keys of {@code file}, bound: ChartSpec's component values by their index; an absent or null key is not
     * there. A value Jackson cannot bind throws with the key's path, a group the model refuses its
     * {@link dev.plotpress.model.InvalidSpecException}.
     */
    static Map<Integer, Object> read(ObjectNode file, ObjectMapper mapper) throws IOException {
        Map<Integer, Object> values = new LinkedHashMap<>();
        Map<Integer, ObjectNode> groups = new LinkedHashMap<>();
        for (Map.Entry<String, Place> entry : PLACES.entrySet()) {
            JsonNode value = file.get(entry.getKey());
            Place place = entry.getValue();
            if (value == null || value.isNull()) {
                continue;
            }
            if (place.groupMember() == null) {
                values.put(place.index(), read(mapper, value, place.component(), entry.getKey()));
            } else {
                groups.computeIfAbsent(place.index(), i -> mapper.createObjectNode()).set(entry.getKey(), value);
            }
        }
        for (Map.Entry<Integer, ObjectNode> group : groups.entrySet()) {
            // bound from its keys gathered, so that what it refuses is named by the top-level key (estimator)
            values.put(group.getKey(), read(mapper, group.getValue(), COMPONENTS[group.getKey()], ""));
        }
        return values;
    }

    /**
     * {@code base} with the {@code values} {@link #read} bound in place of its own, set through the builder's method
     * of each component's name, so the model checks them together exactly as a program's build() does.
     */
    static ChartSpec over(ChartSpec base, Map<Integer, Object> values) {
        ChartSpec.Builder builder = base.toBuilder();
        try {
            for (Map.Entry<Integer, Object> value : values.entrySet()) {
                SETTERS[value.getKey()].invoke(builder, value.getValue());
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("ChartSpec.Builder's setters take their component's type", e);
        }
        return builder.build();
    }

    private static Object read(ObjectMapper mapper, JsonNode value, RecordComponent component, String key) throws IOException {
        ObjectReader reader = mapper.readerFor(mapper.getTypeFactory().constructType(component.getGenericType()));
        JsonFormat format = component.getAccessor().getAnnotation(JsonFormat.class);
        if (format != null && Arrays.asList(format.with()).contains(JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)) {
            reader = reader.with(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        }
        try {
            return reader.readValue(value);
        } catch (JsonMappingException e) {
            throw key.isEmpty() ? e : JsonMappingException.wrapWithPath(e, ChartSpec.class, key);
        }
    }

    /** The option keys of {@code spec} into {@code file}, each as Jackson writes its model type; nulls left out. */
    static void write(ChartSpec spec, ObjectNode file, ObjectMapper mapper) {
        for (Map.Entry<String, Place> entry : PLACES.entrySet()) {
            Place place = entry.getValue();
            Object value = get(place.component(), spec);
            if (place.groupMember() != null && value != null) {
                value = get(place.groupMember(), value);
            }
            if (value != null) {
                file.set(entry.getKey(), mapper.valueToTree(value));
            }
        }
    }

    /** {@code file}'s keys in the order of {@link #allKeys()}. */
    static ObjectNode inOrder(ObjectNode file, ObjectMapper mapper) {
        ObjectNode ordered = mapper.createObjectNode();
        for (String key : KEYS) {
            if (file.has(key)) {
                ordered.set(key, file.get(key));
            }
        }
        return ordered;
    }

    private static Object get(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e); // public accessors of public records
        }
    }

    /** The builder's method per component, found once: a component without one fails the first spec read. */
    private static Method[] setters() {
        Method[] setters = new Method[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            try {
                setters[i] = ChartSpec.Builder.class.getMethod(COMPONENTS[i].getName(), COMPONENTS[i].getType());
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("ChartSpec.Builder has no " + COMPONENTS[i].getName() + "("
                        + COMPONENTS[i].getType().getSimpleName() + "): add it beside the other components' methods", e);
            }
        }
        return setters;
    }
}
