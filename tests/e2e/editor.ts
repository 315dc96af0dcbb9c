import type { Locator } from '@playwright/test';

/**
 * Puts the caret at the very end of a rich-text editor, as a person does with a click and Ctrl+End, and
 * waits until the editor has taken that caret: the browser moves the selection at once but tells the
 * editor only with its next `selectionchange`, so a key pressed before that (Enter) would act where the
 * click had put the caret, in the middle of the text.
 */
export async function caretAtEnd(editor: Locator): Promise<void> {
  await editor.click();
  await editor.page().keyboard.press('Control+End');
  await editor.evaluate(async (root) => {
    const atEnd = () => {
      const selection = root.ownerDocument.getSelection();
      if (!selection?.isCollapsed || !selection.focusNode || !root.contains(selection.focusNode)) return false;
      const rest = root.ownerDocument.createRange();
      rest.setStart(selection.focusNode, selection.focusOffset);
      rest.setEnd(root, root.childNodes.length);
      return rest.toString() === '';
    };
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < 100 && !atEnd(); i++) await frame();
    if (!atEnd()) throw new Error('The caret did not reach the end of the editor');
    // Two frames more: the editor reads the selection on the `selectionchange` the move caused.
    await frame();
    await frame();
  });
}

/**
 * Selects from the caret to the start of its line with Shift+Home and waits, as {@link caretAtEnd} does,
 * until the editor has taken the selection: a shortcut pressed before (Ctrl+K) would act on none.
 */
export async function selectToLineStart(editor: Locator): Promise<void> {
  await editor.page().keyboard.press('Shift+Home');
  await editor.evaluate(async (root) => {
    const selected = () => {
      const selection = root.ownerDocument.getSelection();
      return Boolean(selection && !selection.isCollapsed && root.contains(selection.focusNode));
    };
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < 100 && !selected(); i++) await frame();
    if (!selected()) throw new Error('Shift+Home selected nothing in the editor');
    await frame();
    await frame();
  });
}
