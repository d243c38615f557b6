package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.report.doc.Emphasis;
import cn.shiguai.roaddesk.report.doc.Table;
import cn.shiguai.roaddesk.rules.FreezingPhenomenon;
import cn.shiguai.roaddesk.rules.Observation;
import java.util.ArrayList;
import java.util.List;

/**
 * The latest reading of every location: the district's first, then the neighbouring areas',
 * greyed and marked, because they are shown for judgement only and never count (domain §3.3).
 * "—" is printed for a quantity not measured, which is not zero.
 */
final class ReadingsTable {
    private static final String NOT_MEASURED = "—";
    private static final float[] WIDTHS = {3.4f, 1.6f, 1.1f, 1.1f, 1.3f, 1.0f};

    private final DocumentLanguage language;

    ReadingsTable(DocumentLanguage language) {
        this.language = language;
    }

    Table table(List<LocationReading> readings) {
        List<Table.Row> rows = new ArrayList<>();
        readings.stream().filter(r -> !r.neighbouring()).forEach(r -> rows.add(row(r)));
        readings.stream().filter(LocationReading::neighbouring).forEach(r -> rows.add(row(r)));
        return new Table(List.of(language.get("readings.location"), language.get("readings.time"),
                language.get("readings.snow"), language.get("readings.ice"), language.get("readings.freezing"),
                language.get("readings.air")), rows, WIDTHS);
    }

    private Table.Row row(LocationReading reading) {
        String location = reading.neighbouring()
                ? language.format("readings.neighbouring", reading.location()) : reading.location();
        Emphasis emphasis = reading.neighbouring() ? Emphasis.MUTED : Emphasis.NONE;
        Observation o = reading.latest();
        if (o == null) {
            return Table.row(emphasis, location, language.get("readings.none"), NOT_MEASURED, NOT_MEASURED,
                    NOT_MEASURED, NOT_MEASURED);
        }
        return Table.row(emphasis, location, language.tableTime(o.time()), value(o.snowDepthCm()), ice(o),
                freezing(o), value(o.airTempC()));
    }

    private String value(Double value) {
        return value == null ? NOT_MEASURED : language.number(value);
    }

    /** Icing reported without a thickness still says so. */
    private String ice(Observation o) {
        if (o.roadIceThicknessCm() != null) {
            return language.number(o.roadIceThicknessCm());
        }
        if (o.roadIcing() != null) {
            return language.get(o.roadIcing() ? "readings.icing" : "readings.noIcing");
        }
        return NOT_MEASURED;
    }

    private String freezing(Observation o) {
        FreezingPhenomenon phenomenon = o.freezingPhenomenon();
        String name = phenomenon == null ? null : language.message("phenomenon." + phenomenon.name());
        Double diameter = o.accretionDiameterMm();
        if (diameter != null && diameter > 0) {
            String size = language.number(diameter) + " " + language.message("unit.mm");
            return name == null || phenomenon == FreezingPhenomenon.NONE ? size : name + " " + size;
        }
        return name == null ? NOT_MEASURED : name;
    }
}
