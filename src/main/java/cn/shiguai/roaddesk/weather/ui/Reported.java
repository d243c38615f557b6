package cn.shiguai.roaddesk.weather.ui;

/** A yes/no observation that may also not have been reported at all. */
public enum Reported {
    NOT_REPORTED, YES, NO;

    public Boolean asBoolean() {
        return this == NOT_REPORTED ? null : this == YES;
    }
}
