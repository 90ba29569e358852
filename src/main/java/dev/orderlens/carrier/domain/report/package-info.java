/**
 * Feedback reports to carriers (schema version 1.0): rates, complaints per 1,000 and incidents with
 * their OPEN / ACKNOWLEDGED / DISPUTED life cycle, written as JSON (signed) for carriers and CSV
 * for admins. Reports carry no customer name, e-mail, phone or street address, and postcodes only
 * as a prefix (GDPR Art. 5(1)(c)); {@link dev.orderlens.carrier.domain.report.PersonalDataScanner}
 * checks that.
 */
package dev.orderlens.carrier.domain.report;
