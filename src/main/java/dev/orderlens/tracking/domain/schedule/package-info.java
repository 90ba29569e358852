/**
 * When a parcel will arrive and how late it is, in working days: shops promise working days, so a
 * parcel promised for Friday and delivered on Monday is one day late, not three.
 */
package dev.orderlens.tracking.domain.schedule;
