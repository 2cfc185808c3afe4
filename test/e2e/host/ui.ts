/**
 * UI gaps. In the mocks a Modal's `open()` calls `onOpen` and closes itself on the next tick,
 * its elements never reach the page, notices are detached divs, and component callbacks
 * (`ButtonComponent.onClick`, toggles, text inputs, dropdowns) only fire through test-only
 * `simulate…__` helpers. Here modals stay open in the page until closed, notices show in a
 * notice container and are logged, and real DOM events reach the components' callbacks.
 */
import {
  AbstractTextComponent,
  ButtonComponent,
  DropdownComponent,
  ExtraButtonComponent,
  Modal,
  Notice,
  Setting,
  ToggleComponent,
} from 'obsidian-test-mocks/obsidian';
import { getLayout } from './layout';
import { state } from './state';

/** Obsidian keeps a notice about this long unless told otherwise. */
const DEFAULT_NOTICE_MS = 5000;

type Hooked<T> = T & Record<string, (...args: never[]) => unknown>;

function hook(proto: object, name: string, after: (self: never, ...args: never[]) => void): void {
  const target = proto as Hooked<object>;
  const original = target[name];
  if (!original) throw new Error(`mock hook ${name} not found`);
  target[name] = function (this: never, ...args: never[]) {
    const result = original.apply(this, args);
    after(this, ...args);
    return result;
  };
}

export function patchModals(doc: Document): void {
  const proto = Modal.prototype as unknown as {
    open: (this: Modal) => void;
    close: (this: Modal) => void;
  };
  const originalClose = proto.close;
  proto.open = function () {
    if (state.openModals.includes(this)) return;
    const { containerEl, modalEl, titleEl, contentEl } = this;
    containerEl.addClass('modal-container', 'mod-dim');
    if (!containerEl.querySelector(':scope > .modal-bg')) {
      containerEl.prepend(createDiv('modal-bg'));
    }
    modalEl.addClass('modal');
    titleEl.addClass('modal-title');
    contentEl.addClass('modal-content');
    // Obsidian's order: close button, title, content.
    if (!modalEl.querySelector(':scope > .modal-close-button')) {
      const close = createDiv({ cls: 'modal-close-button', attr: { 'aria-label': 'Close', role: 'button' } });
      close.addEventListener('click', () => this.close());
      modalEl.prepend(close);
    }
    modalEl.insertBefore(titleEl, contentEl);
    doc.body.appendChild(containerEl);
    state.openModals.push(this);
    this.onOpen();
  };
  proto.close = function () {
    const index = state.openModals.indexOf(this);
    if (index === -1) return;
    state.openModals.splice(index, 1);
    this.containerEl.detach();
    originalClose.call(this);
  };
  doc.addEventListener('keydown', (evt) => {
    const top = state.openModals[state.openModals.length - 1];
    if (evt.key === 'Escape' && top) top.close();
  });
}

export function patchNotices(): void {
  hook(Notice.prototype, 'constructor__', (notice: Notice, _message: never, duration: never) => {
    const ms = duration as number | undefined;
    notice.containerEl.addClass('notice');
    getLayout().notices.appendChild(notice.containerEl);
    state.notices.push(notice);
    if (ms !== 0) setTimeout(() => notice.hide(), ms ?? DEFAULT_NOTICE_MS);
  });
  hook(Notice.prototype, 'hide', (notice: Notice) => notice.containerEl.detach());
}

/** Real DOM events reach the components' callbacks, as they do in Obsidian. */
export function patchComponents(): void {
  // Obsidian's setting row: info (name, description) first, then the controls, with its classes.
  hook(Setting.prototype, 'constructor__', (setting: Setting) => {
    setting.settingEl.addClass('setting-item');
    setting.infoEl.addClass('setting-item-info');
    setting.nameEl.addClass('setting-item-name');
    setting.descEl.addClass('setting-item-description');
    setting.controlEl.addClass('setting-item-control');
    setting.settingEl.insertBefore(setting.infoEl, setting.controlEl);
  });
  hook(ButtonComponent.prototype, 'constructor2__', (button: ButtonComponent) => {
    button.buttonEl.addEventListener('click', (evt) => {
      if (!button.disabled) button.simulateClick__.call(button);
      evt.stopPropagation();
    });
  });
  hook(ButtonComponent.prototype, 'setDisabled', (button: ButtonComponent, disabled: never) => {
    button.buttonEl.disabled = disabled;
  });
  hook(ExtraButtonComponent.prototype, 'constructor2__', (button: ExtraButtonComponent) => {
    button.extraSettingsEl.addClass('clickable-icon', 'extra-setting-button');
    button.extraSettingsEl.addEventListener('click', () => {
      if (!button.disabled) button.simulateClick__();
    });
  });
  hook(ToggleComponent.prototype, 'constructor3__', (toggle: ToggleComponent) => {
    toggle.toggleEl.addClass('checkbox-container');
    toggle.toggleEl.addEventListener('click', () => {
      if (!toggle.disabled) toggle.onClick();
      toggle.toggleEl.toggleClass('is-enabled', toggle.getValue());
    });
  });
  hook(ToggleComponent.prototype, 'setValue', (toggle: ToggleComponent) => {
    toggle.toggleEl.toggleClass('is-enabled', toggle.getValue());
  });
  hook(DropdownComponent.prototype, 'constructor3__', (dropdown: DropdownComponent) => {
    dropdown.selectEl.addClass('dropdown');
    dropdown.selectEl.addEventListener('change', () => dropdown.simulateChange__());
  });
  hook(AbstractTextComponent.prototype, 'constructor3__', (text: AbstractTextComponent<HTMLInputElement>) => {
    text.inputEl.addEventListener('input', () => {
      (text as unknown as { value: string }).value = text.inputEl.value;
      text.onChanged();
    });
  });
}
