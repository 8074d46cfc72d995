/**
 * Data processing agreements (verwerkersovereenkomsten): their scope, the Art. 28(3) checklist, the signed
 * document and what the reader proposes from it (legal decides), amendments as new versions, and legal's
 * four-eyes review.
 */
package eu.art28.agreements;
