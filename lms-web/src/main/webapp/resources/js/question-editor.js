/*
 * The question editor's live preview: any change to a text field or a check box of the editor
 * sends the form and re-renders the preview (p:remoteCommand wlinkQuestionChanged). Listening on
 * the document keeps working after ajax updates replace the fields; menus update on their own.
 */
(function () {
  'use strict';
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (!target.closest || !target.closest('form.question-editor')) {
      return;
    }
    if (target.closest('.ui-selectonemenu') || typeof window.wlinkQuestionChanged !== 'function') {
      return;
    }
    window.wlinkQuestionChanged();
  });
}());
