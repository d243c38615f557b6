package cn.shiguai.roaddesk.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MeasureStatusTest {

    /** Any status may follow any other; a note is required only where a leader must act or may question. */
    @ParameterizedTest(name = "{0} → {1}: note required {2}")
    @CsvSource({
        "NOT_STARTED,IN_PROGRESS,false", "NOT_STARTED,DONE,false", "NOT_STARTED,CANNOT,true",
        "IN_PROGRESS,DONE,false", "IN_PROGRESS,NOT_STARTED,true", "IN_PROGRESS,CANNOT,true",
        "DONE,IN_PROGRESS,true", "DONE,NOT_STARTED,true", "DONE,CANNOT,true", "DONE,DONE,false",
        "CANNOT,IN_PROGRESS,false", "CANNOT,DONE,false", "CANNOT,NOT_STARTED,false", "CANNOT,CANNOT,true",
        "IN_PROGRESS,IN_PROGRESS,false"})
    void aNoteIsRequiredForCannotAndForAStepBack(MeasureStatus from, MeasureStatus to, boolean required) {
        assertEquals(required, MeasureStatus.noteRequired(from, to));
        assertEquals(required, MeasureStatus.problemWith(from, to, " ").isPresent());
        assertEquals(Optional.empty(), MeasureStatus.problemWith(from, to, "大桥路段撒盐车故障，已请求支援"));
    }

    @Test
    void theProblemSaysWhichNoteIsMissing() {
        assertEquals(Optional.of("measure.status.problem.noteForCannot"),
                MeasureStatus.problemWith(MeasureStatus.DONE, MeasureStatus.CANNOT, null));
        assertEquals(Optional.of("measure.status.problem.noteForStepBack"),
                MeasureStatus.problemWith(MeasureStatus.DONE, MeasureStatus.IN_PROGRESS, ""));
    }

    @ParameterizedTest
    @EnumSource(MeasureStatus.class)
    void everyStatusHasALabelInBothLanguages(MeasureStatus status) {
        assertTrue(Messages.chinese().has(status.labelKey()));
        assertTrue(Messages.english().has(status.labelKey()));
        assertFalse(Messages.chinese().get(status.labelKey()).isBlank());
    }

    @Test
    void theChineseLabelsAreThoseOfTheBrief() {
        Messages zh = Messages.chinese();
        assertEquals("未开始", zh.get(MeasureStatus.NOT_STARTED.labelKey()));
        assertEquals("进行中", zh.get(MeasureStatus.IN_PROGRESS.labelKey()));
        assertEquals("已完成", zh.get(MeasureStatus.DONE.labelKey()));
        assertEquals("无法完成", zh.get(MeasureStatus.CANNOT.labelKey()));
    }
}
