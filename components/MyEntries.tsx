import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Field } from './Field';
import { inputErrorStrings } from './input-errors';
import { useT } from './lang';
import { StatusLine } from './StatusLine';
import { PrivateOpenButton } from './PrivateOpenButton';
import { activePageTab } from '@/utils/active-page';
import type { Strings } from '@/utils/i18n';
import {
  bookmarksItem,
  deleteBookmark,
  deleteNumber,
  forgetAll,
  getBookmarks,
  getNumbers,
  numbersItem,
  saveBookmark,
  saveNumber,
  type MyBookmark,
  type MyNumber,
  type SaveResult,
} from '@/utils/session-store';
import { MAX_LABEL, MAX_PHONE, MAX_URL, dialable, type InputError } from '@/utils/validate';

const strings: Strings<
  | 'memoryOnly'
  | 'forgetOnExit'
  | 'forgetAll'
  | 'forgotten'
  | 'numbers'
  | 'noNumbers'
  | 'bookmarks'
  | 'noBookmarks'
  | 'name'
  | 'phone'
  | 'address'
  | 'add'
  | 'saveChanges'
  | 'cancel'
  | 'edit'
  | 'editName'
  | 'delete'
  | 'deleteName'
  | 'call'
  | 'callName'
  | 'open'
  | 'openName'
  | 'addThisPage'
  | 'addNumber'
  | 'addBookmark'
  | 'editNumber'
  | 'editBookmark'
> = {
  en: {
    memoryOnly:
      'Kept in the browser’s memory, not saved as a file, and erased when the browser closes. Until then, anyone who opens this can see them: use names only you understand.',
    forgetOnExit: 'They are also forgotten at every exit.',
    forgetAll: 'Forget all now',
    forgotten: 'Your numbers and pages are forgotten.',
    numbers: 'My numbers',
    noNumbers: 'No numbers yet.',
    bookmarks: 'My pages',
    noBookmarks: 'No pages yet. They open in a private window.',
    name: 'Name',
    phone: 'Phone number',
    address: 'Web address',
    add: 'Add',
    saveChanges: 'Save changes',
    cancel: 'Cancel',
    edit: 'Edit',
    editName: 'Edit {name}',
    delete: 'Delete',
    deleteName: 'Delete {name}',
    call: 'Call',
    callName: 'Call {name}',
    open: 'Open',
    openName: 'Open {name} in a private window',
    addThisPage: 'Fill in the page I’m on',
    addNumber: 'Add a number',
    addBookmark: 'Add a page',
    editNumber: 'Change a number',
    editBookmark: 'Change a page',
  },
  es: {
    memoryOnly:
      'Se guardan en la memoria del navegador, no en un archivo, y se borran al cerrar el navegador. Hasta entonces, quien abra esto puede verlos: usa nombres que solo tú entiendas.',
    forgetOnExit: 'También se olvidan en cada salida.',
    forgetAll: 'Olvidar todo ahora',
    forgotten: 'Tus números y páginas se han olvidado.',
    numbers: 'Mis números',
    noNumbers: 'Todavía no hay números.',
    bookmarks: 'Mis páginas',
    noBookmarks: 'Todavía no hay páginas. Se abren en una ventana privada.',
    name: 'Nombre',
    phone: 'Número de teléfono',
    address: 'Dirección web',
    add: 'Agregar',
    saveChanges: 'Guardar cambios',
    cancel: 'Cancelar',
    edit: 'Editar',
    editName: 'Editar {name}',
    delete: 'Borrar',
    deleteName: 'Borrar {name}',
    call: 'Llamar',
    callName: 'Llamar a {name}',
    open: 'Abrir',
    openName: 'Abrir {name} en una ventana privada',
    addThisPage: 'Llenar con la página en la que estoy',
    addNumber: 'Agregar un número',
    addBookmark: 'Agregar una página',
    editNumber: 'Cambiar un número',
    editBookmark: 'Cambiar una página',
  },
  fr: {
    memoryOnly:
      'Gardés dans la mémoire du navigateur, pas enregistrés dans un fichier, et effacés quand le navigateur se ferme. D’ici là, toute personne qui ouvre ceci peut les voir : utilisez des noms que vous seul ou seule comprenez.',
    forgetOnExit: 'Ils sont aussi oubliés à chaque sortie.',
    forgetAll: 'Tout oublier maintenant',
    forgotten: 'Vos numéros et pages sont oubliés.',
    numbers: 'Mes numéros',
    noNumbers: 'Aucun numéro pour l’instant.',
    bookmarks: 'Mes pages',
    noBookmarks: 'Aucune page pour l’instant. Elles s’ouvrent dans une fenêtre privée.',
    name: 'Nom',
    phone: 'Numéro de téléphone',
    address: 'Adresse Web',
    add: 'Ajouter',
    saveChanges: 'Enregistrer les changements',
    cancel: 'Annuler',
    edit: 'Modifier',
    editName: 'Modifier {name}',
    delete: 'Supprimer',
    deleteName: 'Supprimer {name}',
    call: 'Appeler',
    callName: 'Appeler {name}',
    open: 'Ouvrir',
    openName: 'Ouvrir {name} dans une fenêtre privée',
    addThisPage: 'Remplir avec la page où je suis',
    addNumber: 'Ajouter un numéro',
    addBookmark: 'Ajouter une page',
    editNumber: 'Changer un numéro',
    editBookmark: 'Changer une page',
  },
};

/** Keeps a `storage.session` list in step with storage (another popup or a forget-all). */
function useSessionList<T>(read: () => Promise<T[]>, item: { watch(cb: () => void): () => void }) {
  const [list, setList] = useState<T[]>([]);
  useEffect(() => {
    let live = true;
    const refresh = () => void read().then((l) => live && setList(l));
    refresh();
    const unwatch = item.watch(refresh);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return list;
}

/**
 * "My numbers and pages" (the popup's section gives the heading): the user's own numbers and
 * bookmarks, kept in `storage.session` only (utils/session-store.ts), with what that means, that
 * they are forgotten at every exit (when `forgetOnExit`, the setting `forgetMyEntriesOnExit`),
 * and "Forget all now".
 */
export function MyEntries({ forgetOnExit = true }: { forgetOnExit?: boolean }) {
  const t = useT(strings);
  const [forgotten, setForgotten] = useState(false);
  return (
    <div class="mine">
      <p class="memory-only">
        {t('memoryOnly')}
        {forgetOnExit && ` ${t('forgetOnExit')}`}
      </p>
      <EntryList
        {...numbersList}
        action={(n) => (
          <a class="button" href={`tel:${dialable(n.value)}`} aria-label={t('callName', { name: n.label })}>
            {t('call')}
          </a>
        )}
      />
      <EntryList
        {...bookmarksList}
        action={(b) => (
          <PrivateOpenButton url={b.value} ariaLabel={t('openName', { name: b.label })}>
            {t('open')}
          </PrivateOpenButton>
        )}
      />
      <div class="forget">
        <button
          type="button"
          class="danger"
          onClick={async () => {
            await forgetAll();
            setForgotten(true);
          }}
        >
          {t('forgetAll')}
        </button>
        <StatusLine text={forgotten ? t('forgotten') : ''} />
      </div>
    </div>
  );
}

type ErrorField = 'label' | 'phone' | 'url';
type Errors = Partial<Record<ErrorField, string>>;

/** Turns a refused save into the message under the field it is about. */
function useErrors() {
  const te = useT(inputErrorStrings);
  const [errors, setErrors] = useState<Errors>({});
  const report = <T,>(r: SaveResult<T>) => {
    if (r.ok) setErrors({});
    else setErrors({ [r.field === 'list' ? 'label' : r.field]: te(r.error as InputError) });
    return r.ok;
  };
  return [errors, report, () => setErrors({})] as const;
}

/** One saved entry: its label (any script, shown as text) and value, a main action, Edit and Delete. */
function EntryRow(p: {
  label: string;
  value: string;
  action: ComponentChildren;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useT(strings);
  return (
    <li>
      <span class="entry-text">
        <bdi class="entry-label" dir="auto">
          {p.label}
        </bdi>
        <span class="entry-value" dir="ltr">
          {p.value}
        </span>
      </span>
      <span class="entry-actions">
        {p.action}
        <button type="button" aria-label={t('editName', { name: p.label })} onClick={p.onEdit}>
          {t('edit')}
        </button>
        <button type="button" aria-label={t('deleteName', { name: p.label })} onClick={p.onDelete}>
          {t('delete')}
        </button>
      </span>
    </li>
  );
}

/** The one field besides the name: its form's input names, its label, limit and input kind. */
interface ValueField {
  form: 'number' | 'bookmark';
  label: 'phone' | 'address';
  /** The field a refused save names (utils/session-store.ts). */
  error: 'phone' | 'url';
  type: 'tel' | 'url';
  max: number;
  tooLong: InputError;
  placeholder?: string;
}

/** A saved entry of either list, seen through its value field. */
interface Entry {
  id: string;
  label: string;
  value: string;
}

/** What tells the two lists apart: their words, their value field and where they are kept. */
interface ListSpec<T extends { id: string; label: string }> {
  kind: 'numbers' | 'bookmarks';
  words: { empty: 'noNumbers' | 'noBookmarks'; add: 'addNumber' | 'addBookmark'; edit: 'editNumber' | 'editBookmark' };
  field: ValueField;
  read: () => Promise<T[]>;
  item: { watch(cb: () => void): () => void };
  value: (entry: T) => string;
  save: (entry: { id?: string; label: string; value: string }) => Promise<SaveResult<T>>;
  remove: (id: string) => Promise<void>;
  /** A second way to fill the form in (the page the user is on), shown after the submit button. */
  fill?: { text: 'addThisPage'; get: () => Promise<{ value: string; label: string }> };
}

/** "Use this page": the tab the user was looking at when they opened the popup. */
async function thisPage(): Promise<{ value: string; label: string }> {
  const win = await browser.windows.getCurrent().catch(() => undefined);
  const tab = await activePageTab(win?.id);
  return { value: tab?.url ?? '', label: [...(tab?.title ?? '')].slice(0, MAX_LABEL).join('') };
}

const numbersList: ListSpec<MyNumber> = {
  kind: 'numbers',
  words: { empty: 'noNumbers', add: 'addNumber', edit: 'editNumber' },
  field: { form: 'number', label: 'phone', error: 'phone', type: 'tel', max: MAX_PHONE, tooLong: 'phone-too-long' },
  read: getNumbers,
  item: numbersItem,
  value: (n) => n.phone,
  save: ({ id, label, value }) => saveNumber({ id, label, phone: value }),
  remove: deleteNumber,
};

const bookmarksList: ListSpec<MyBookmark> = {
  kind: 'bookmarks',
  words: { empty: 'noBookmarks', add: 'addBookmark', edit: 'editBookmark' },
  field: {
    form: 'bookmark',
    label: 'address',
    error: 'url',
    type: 'url',
    max: MAX_URL,
    tooLong: 'url-too-long',
    placeholder: 'https://',
  },
  read: getBookmarks,
  item: bookmarksItem,
  value: (b) => b.url,
  save: ({ id, label, value }) => saveBookmark({ id, label, url: value }),
  remove: deleteBookmark,
  fill: { text: 'addThisPage', get: thisPage },
};

/**
 * One of the user's lists (numbers or pages): a heading, the saved entries with their main action,
 * Edit and Delete, and one form that adds an entry or changes the one being edited.
 */
function EntryList<T extends { id: string; label: string }>(
  p: ListSpec<T> & { action: (entry: Entry) => ComponentChildren },
) {
  const t = useT(strings);
  const te = useT(inputErrorStrings);
  const list = useSessionList<T>(p.read, p.item).map((e) => ({ id: e.id, label: e.label, value: p.value(e) }));
  const [editing, setEditing] = useState<string | null>(null);
  const [label, setLabel] = useState('');
  const [value, setValue] = useState('');
  const [errors, report, clearErrors] = useErrors();
  const labelRef = useRef<HTMLInputElement>(null);
  const reset = () => {
    setEditing(null);
    setLabel('');
    setValue('');
    clearErrors();
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    if (report(await p.save({ id: editing ?? undefined, label, value }))) reset();
  };
  const fill = async (get: () => Promise<{ value: string; label: string }>) => {
    const found = await get();
    setValue(found.value);
    if (!label) setLabel(found.label);
    clearErrors();
    labelRef.current?.focus();
  };
  const f = p.field;
  const extra = p.fill;
  return (
    <div class="entries" aria-labelledby={`${p.kind}-heading`} role="group">
      <h3 id={`${p.kind}-heading`}>{t(p.kind)}</h3>
      {list.length === 0 ? (
        <p class="empty">{t(p.words.empty)}</p>
      ) : (
        <ul class="entry-list" data-list={p.kind}>
          {list.map((n) => (
            <EntryRow
              key={n.id}
              label={n.label}
              value={n.value}
              action={p.action(n)}
              onEdit={() => {
                setEditing(n.id);
                setLabel(n.label);
                setValue(n.value);
                clearErrors();
                labelRef.current?.focus();
              }}
              onDelete={() => void p.remove(n.id).then(() => editing === n.id && reset())}
            />
          ))}
        </ul>
      )}
      <form class="entry-form" onSubmit={submit} aria-label={t(editing ? p.words.edit : p.words.add)} noValidate>
        <Field
          name={`${f.form}-label`}
          label={t('name')}
          value={label}
          onInput={setLabel}
          maxChars={MAX_LABEL}
          tooLong={te('label-too-long')}
          error={errors.label}
          inputRef={labelRef}
        />
        <Field
          name={`${f.form}-${f.error}`}
          label={t(f.label)}
          value={value}
          onInput={setValue}
          maxChars={f.max}
          tooLong={te(f.tooLong)}
          error={errors[f.error]}
          type={f.type}
          inputMode={f.type}
          placeholder={f.placeholder}
        />
        <div class="form-actions">
          <button type="submit" class="primary">
            {t(editing ? 'saveChanges' : 'add')}
          </button>
          {extra && (
            <button type="button" onClick={() => fill(extra.get)}>
              {t(extra.text)}
            </button>
          )}
          {editing && (
            <button type="button" onClick={reset}>
              {t('cancel')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
