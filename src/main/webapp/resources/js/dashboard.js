/*
 * The timeline's axis in the page's language. The timeline names months through moment.js, which PrimeFaces
 * ships in English only; the browser's Intl knows every language, so the labels are written with it.
 */
function art28TimelineLabels() {
    var locale = this.cfg.opts.locale;
    var day = new Intl.DateTimeFormat(locale, {day: 'numeric'});
    var month = new Intl.DateTimeFormat(locale, {month: 'short'});
    var monthAndYear = new Intl.DateTimeFormat(locale, {month: 'long', year: 'numeric'});
    var plain = function (moment) {
        return new Date(moment.valueOf());
    };
    this.cfg.opts.format = {
        minorLabels: function (date, scale) {
            if (scale === 'year') {
                return String(plain(date).getFullYear());
            }
            return scale === 'month' ? month.format(plain(date)) : day.format(plain(date));
        },
        majorLabels: function (date, scale) {
            return scale === 'month' || scale === 'year' ? String(plain(date).getFullYear()) : monthAndYear.format(plain(date));
        }
    };
}
