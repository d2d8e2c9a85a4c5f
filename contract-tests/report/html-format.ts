/** Small formatting helpers for the HTML scorecard: escaping, numbers, percentages, status badges. */
import type { Status } from '../runner/results.js';

export function escapeHtml(text: string): string {
  return text.replace(/[<>&"']/g, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[character]!);
}

/** An HTML fragment built from trusted markup and escaped values: `html\`<b>${name}</b>\``. */
export function html(strings: TemplateStringsArray, ...values: (string | number | Raw | readonly Raw[] | undefined | null)[]): Raw {
  let out = strings[0];
  values.forEach((value, index) => {
    if (value instanceof Raw) out += value.markup;
    else if (Array.isArray(value)) out += value.map((part: Raw) => part.markup).join('');
    else if (value !== undefined && value !== null) out += escapeHtml(String(value));
    out += strings[index + 1];
  });
  return new Raw(out);
}

/** Markup that is already safe. */
export class Raw {
  constructor(readonly markup: string) {}
}

export const percent = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : `${(value * 100).toFixed(digits)} %`;
export const decimal = (value: number | null | undefined, digits = 3) =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
export const whole = (value: number | null | undefined) => (value === null || value === undefined ? '—' : Math.round(value).toLocaleString('en-GB'));

/** A requirement statement, with its `code` spans set as code. */
export function statement(text: string): Raw {
  return new Raw(escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>'));
}

const statusLabels: Record<Status, string> = { pass: 'pass', fail: 'fail', error: 'error', skip: 'skip', 'not-offered': 'not offered' };

export function badge(status: Status, title?: string): Raw {
  return html`<span class="badge ${status}" title="${title ?? ''}">${statusLabels[status]}</span>`;
}

/** A 0–1 score as a small bar with its value. */
export function meter(value: number | null | undefined, label: string): Raw {
  if (value === null || value === undefined || Number.isNaN(value)) return html`<span class="muted">not measured</span>`;
  const width = Math.max(0, Math.min(1, value)) * 100;
  return html`<span class="meter"><span style="width:${width.toFixed(1)}%"></span></span> ${label}`;
}
