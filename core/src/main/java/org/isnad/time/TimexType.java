package org.isnad.time;

/** TIMEX3 types. */
public enum TimexType { DATE, TIME, DURATION, SET }
