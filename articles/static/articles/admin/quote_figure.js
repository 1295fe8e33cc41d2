/*
 * The site's quote with attribution, as one block in the rich-text editor:
 *
 *   <figure class="quote"><blockquote>…</blockquote><figcaption>…</figcaption></figure>
 *
 * Without these nodes the editor's picture Figure would claim the <figure>
 * and tear the quote apart on the first save. Loaded through
 * DJANGO_PROSE_EDITOR_EXTENSIONS (settings.py).
 */
import { mergeAttributes, Node } from "django-prose-editor/editor";

export const QuoteFigure = Node.create({
  name: "quoteFigure",
  group: "block",
  content: "blockquote quoteCaption?",
  defining: true,
  // Before the picture Figure, which parses every <figure>.
  priority: 1000,
  parseHTML() {
    return [{ tag: "figure.quote", priority: 80 }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["figure", mergeAttributes(HTMLAttributes, { class: "quote" }), 0];
  },
});

export const QuoteCaption = Node.create({
  name: "quoteCaption",
  content: "inline*",
  defining: true,
  priority: 1000,
  parseHTML() {
    return [{ tag: "figure.quote > figcaption", priority: 80 }];
  },
  renderHTML() {
    return ["figcaption", 0];
  },
});
