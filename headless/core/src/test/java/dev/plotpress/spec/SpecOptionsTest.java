package dev.plotpress.spec;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A component of ChartSpec is an option of the spec file and of the builder with no other edit (README: Adding a spec option). */
class SpecOptionsTest {
    private static final List<RecordComponent> COMPONENTS = List.of(ChartSpec.class.getRecordComponents());

    @Test
    void everyComponentOfChartSpecIsAKeyOfTheFile() {
        for (RecordComponent component : COMPONENTS) {
            List<String> keys = component.getAccessor().isAnnotationPresent(JsonUnwrapped.class)
                    ? Arrays.stream(component.getType().getRecordComponents()).map(c -> keyOf(c)).toList()
                    : List.of(component.getName());

            assertThat(SpecOptions.allKeys()).as(component.getName()).containsAll(keys);
        }
        assertThat(SpecOptions.allKeys()).startsWith("kind", "title", "data", "x", "y").endsWith("legend", "colormap", "sortX", "types", "transform");
    }

    @Test
    void everyComponentOfChartSpecHasItsBuilderMethod() {
        for (RecordComponent component : COMPONENTS) {
            assertThat(Arrays.stream(ChartSpec.Builder.class.getMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getName().equals(component.getName()))
                    .anyMatch(m -> Arrays.equals(m.getParameterTypes(), new Class<?>[] {component.getType()})))
                    .as("ChartSpec.Builder." + component.getName() + "(" + component.getType().getSimpleName() + ")").isTrue();
        }
    }

    @Test
    void theBuilderKeepsEveryComponentThroughToBuilder() {
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("a").y("b").hue("g").legend(ChartSpec.Legend.TOP)
                .bins(3).stacked(true).title("t").build();

        assertThat(spec.toBuilder().build()).isEqualTo(spec);
        assertThat(spec.legend()).isEqualTo(ChartSpec.Legend.TOP);
        assertThat(ChartSpec.builder(ChartKind.LINE).build().bins()).isEqualTo(ChartSpec.DEFAULT_BINS);
    }

    private static String keyOf(RecordComponent component) {
        com.fasterxml.jackson.annotation.JsonProperty named =
                component.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        return named == null ? component.getName() : named.value();
    }
}
