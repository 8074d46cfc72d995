/**
 * Data processing agreements (verwerkersovereenkomsten): their scope, the Art. 28(3) checklist, the signed
 * document, amendments as new versions, and legal's four-eyes review.
 */
package eu.art28.agreements;
