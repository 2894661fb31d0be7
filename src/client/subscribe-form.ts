/**
 * The subscription form, enhanced: choosing a component drops "everything" and choosing
 * "everything" drops the components, and a wrong answer is said in the site's language beside its
 * field, which gets the focus; nothing typed is lost. Without JavaScript the browser's own checks
 * hold the same rules for the address.
 */
import { FORM_WORDS } from 'virtual:upfront/live-locale';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Wires every subscription form of the page. */
export function enhanceSubscribeForms(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-subscribe-form]')) enhance(form);
}

function enhance(form: HTMLFormElement): void {
  const everything = form.querySelector<HTMLInputElement>('input[data-everything]');
  const components = [...form.querySelectorAll<HTMLInputElement>('input[data-component]')];
  const email = form.querySelector<HTMLInputElement>('input[type="email"]')!;
  const error = (which: string) => form.querySelector<HTMLElement>(`[data-error="${which}"]`)!;
  // The script says what is wrong itself, in the site's language, not the browser's.
  form.noValidate = true;
  everything?.addEventListener('change', () => {
    if (everything.checked) for (const box of components) box.checked = false;
  });
  for (const box of components) {
    box.addEventListener('change', () => {
      if (box.checked && everything) everything.checked = false;
    });
  }
  const show = (which: string, message: string, field: HTMLInputElement | undefined) => {
    error(which).textContent = message;
    field?.setAttribute('aria-invalid', message ? 'true' : 'false');
  };
  form.addEventListener('submit', (event) => {
    const address = email.value.trim();
    const emailProblem = address === '' ? FORM_WORDS.emailMissing : EMAIL.test(address) ? '' : FORM_WORDS.emailInvalid;
    const chosen = (everything?.checked ?? false) || components.some((box) => box.checked);
    const choiceProblem = chosen ? '' : FORM_WORDS.chooseOne;
    show('email', emailProblem, email);
    show('choice', choiceProblem, undefined);
    if (!emailProblem && !choiceProblem) return;
    event.preventDefault();
    (emailProblem ? email : (everything ?? components[0]))?.focus();
  });
}
