/*
 * What every page does in the browser (WEB-INF/templates/layout.xhtml): the menu's groups and the phone's menu
 * button open and close with a click (Escape closes, leaving a group closes it); a table's cells carry their column's
 * header, so that on a phone each row stacks as "header: value" (art28.css); a form whose error sits on a tab that
 * is not shown opens that tab and puts the cursor in the field, instead of only colouring the tab; and a file input
 * is told to screen readers, which PrimeFaces hides from them (aria-hidden on a field one tabs to).
 * A file of its own, not inline: the content security policy only runs scripts the page names.
 */
(function () {
    'use strict';

    function openGroups() {
        return document.querySelectorAll('.nav-group > button[aria-expanded="true"]');
    }

    function closeGroups(except) {
        openGroups().forEach(function (button) {
            if (button !== except) {
                button.setAttribute('aria-expanded', 'false');
            }
        });
    }

    document.addEventListener('click', function (event) {
        var group = event.target.closest('.nav-group > button');
        if (group) {
            closeGroups(group);
            group.setAttribute('aria-expanded', String(group.getAttribute('aria-expanded') !== 'true'));
            return;
        }
        var toggle = event.target.closest('#menu-toggle');
        if (toggle) {
            var open = toggle.getAttribute('aria-expanded') !== 'true';
            toggle.setAttribute('aria-expanded', String(open));
            document.getElementById('topbar').classList.toggle('open', open);
            return;
        }
        if (!event.target.closest('.nav-group')) {
            closeGroups(null);
        }
    });

    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && openGroups().length) {
            var button = openGroups()[0];
            closeGroups(null);
            button.focus();
        }
    });

    document.addEventListener('focusout', function (event) {
        var group = event.target.closest('.nav-group');
        if (group && event.relatedTarget && !group.contains(event.relatedTarget)) {
            closeGroups(null);
        }
    });

    /* each body cell gets its column's header as data-label; a cell that already has one keeps it */
    function labelCells(root) {
        root.querySelectorAll('table').forEach(function (table) {
            var headers = Array.prototype.map.call(table.querySelectorAll(':scope > thead > tr:first-child > th'),
                function (th) {
                    var title = th.querySelector('.ui-column-title');
                    return (title || th).textContent.trim();
                });
            if (!headers.length) {
                return;
            }
            table.classList.add('stacks');
            table.querySelectorAll(':scope > tbody > tr:not(.ui-datatable-empty-message)').forEach(function (row) {
                Array.prototype.forEach.call(row.children, function (cell, i) {
                    if (headers[i] && !cell.hasAttribute('data-label')) {
                        cell.setAttribute('data-label', headers[i]);
                    }
                });
            });
        });
    }

    /* the first tab of each tab view that holds an error, shown, and its first wrong field focused */
    function showTabWithError() {
        document.querySelectorAll('.ui-tabs').forEach(function (tabs) {
            var panels = tabs.querySelectorAll(':scope > .ui-tabs-panels > .ui-tabs-panel');
            var headers = tabs.querySelectorAll(':scope > .ui-tabs-nav > li');
            for (var i = 0; i < panels.length; i++) {
                var wrong = panels[i].querySelector('.ui-state-error, [aria-invalid="true"]');
                if (!wrong) {
                    continue;
                }
                if (panels[i].classList.contains('ui-helper-hidden') || panels[i].hidden
                        || panels[i].getAttribute('aria-hidden') === 'true') {
                    var link = headers[i] && headers[i].querySelector('a');
                    if (link) {
                        link.click();
                    }
                }
                var field = panels[i].querySelector('input.ui-state-error, textarea.ui-state-error, [aria-invalid="true"]');
                if (field) {
                    setTimeout(function () { field.focus(); }, 0);
                }
                return;
            }
        });
    }

    /* PrimeFaces writes aria-hidden="true" on its simple file inputs, which are the real, focusable field: shown to
       screen readers again, named by the field's label or, when it is styled as a button, by the button's words */
    function showFileInputs(root) {
        root.querySelectorAll('input[type="file"][aria-hidden="true"]').forEach(function (input) {
            input.removeAttribute('aria-hidden');
            if (input.labels && input.labels.length) {
                return;
            }
            var wrapper = input.closest('.ui-fileupload-simple');
            if (!wrapper) {
                return;
            }
            var names = [];
            var label = document.querySelector('label[for="' + CSS.escape(wrapper.id) + '"]');
            if (label) {
                if (!label.id) {
                    label.id = wrapper.id + '_for';
                }
                names.push(label.id);
            }
            if (document.getElementById(wrapper.id + '_label')) {
                names.push(wrapper.id + '_label');
            }
            if (names.length) {
                input.setAttribute('aria-labelledby', names.join(' '));
            }
        });
    }

    function afterUpdate() {
        showFileInputs(document);
        labelCells(document);
        showTabWithError();
    }

    document.addEventListener('DOMContentLoaded', function () {
        showFileInputs(document);
        labelCells(document);
        if (window.jQuery) {
            jQuery(document).on('pfAjaxComplete', afterUpdate);
        }
    });
})();
