/**
 * Reading news reports from files: {@link org.isnad.io.ReportReader} turns files and folders into
 * {@link org.isnad.model.Document}s and {@link org.isnad.io.ReadFailure}s, never throwing for bad input.
 *
 * <h2>Texts</h2>
 * <ul>
 *   <li>{@code .txt}: the decoded file, byte-order mark dropped, line endings kept; no title, no language.</li>
 *   <li>{@code .html}/{@code .htm}: readability's main text (else the body's), a blank line between blocks,
 *       a line break for {@code <br>}; title, author, publisher, URL, language and date from the page.</li>
 *   <li>{@code .json} (object or array of objects) and {@code .jsonl} (an object per line): {@code text}
 *       (alias {@code content}) as is, else the extracted text of {@code html}.</li>
 *   <li>{@code NAME.meta.json} beside {@code NAME.txt}/{@code NAME.html}: metadata that overrides the page's.</li>
 * </ul>
 *
 * <h2>Ids</h2>
 * The file stem; a record's {@code id}, else {@code stem#line} (JSONL, 1-based) or {@code stem#index}
 * (JSON array, 0-based); a single-object JSON file without id takes the stem.
 *
 * <h2>Encodings</h2>
 * UTF-8 (strict, with or without BOM), UTF-16 LE/BE with BOM; when the bytes are not UTF-8,
 * windows-1256 or ISO-8859-6, accepted only when the result is mostly Arabic letters. ISO-8859-6 is
 * chosen over windows-1256 only when its result has a strictly higher share of Arabic letters: both
 * decode each other's bytes, but ISO-8859-6's و ي ه come out as Latin è ê ç under windows-1256. A very
 * short ISO-8859-6 text with none of those letters (e.g. a single word) may be misread as windows-1256.
 *
 * <h2>Failure reasons (exact wording)</h2>
 * <ul>
 *   <li>{@code no such file or folder}</li>
 *   <li>{@code unsupported file type (expected .txt, .html, .htm, .json or .jsonl)} — only for files named
 *       explicitly; inside folders unsupported files, sidecars and hidden entries are skipped silently,
 *       and a sidecar named explicitly is skipped too</li>
 *   <li>{@code file is 50.0 MB, over the 20.0 MB limit (--max-bytes)} — checked before reading</li>
 *   <li>{@code not a regular file} (FIFOs, devices), {@code cannot read file: permission denied},
 *       {@code cannot read file: <I/O message>}, {@code cannot read folder or file}</li>
 *   <li>{@code empty file} (no bytes, or only whitespace and a BOM), {@code binary file, not text}</li>
 *   <li>{@code unknown encoding (not valid UTF-8, and not Arabic in windows-1256 or ISO-8859-6)},
 *       {@code invalid UTF-8 after its byte-order mark} (likewise UTF-16LE/BE)</li>
 *   <li>{@code no text found in HTML}</li>
 *   <li>{@code malformed JSON at line L, column C: <Jackson message>} (a {@code .json} file);
 *       {@code malformed JSON at column C: …} with path {@code file:line} (a JSONL line)</li>
 *   <li>{@code JSON file holds neither an object nor an array of objects},
 *       {@code record is not a JSON object}, {@code record "ID" has no text, html or content},
 *       {@code record "ID" has a text field that is not a string}, {@code record "ID" has an empty text}
 *       ({@code record} alone when it has no id)</li>
 *   <li>{@code sidecar metadata ignored, the report was read without it: <why>} (path: the sidecar)</li>
 *   <li>{@code internal error while reading: <exception>} — a bug, contained to one file</li>
 * </ul>
 *
 * <h2>Publication dates</h2>
 * From metadata (record, sidecar, HTML), else from a date in the URL, else unknown with evidence
 * {@code no publication date in metadata or URL}. Day/month orders that could be either are not guessed.
 * The evidence always says where the date came from, or why none could be used.
 */
package org.isnad.io;
