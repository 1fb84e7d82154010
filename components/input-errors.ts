import type { InputError } from '@/utils/validate';
import { MAX_LABEL, MAX_PHONE, MAX_URL } from '@/utils/validate';
import type { Strings } from '@/utils/i18n';

/** What the user reads when an input is refused (utils/validate.ts). Nothing refused is kept. */
export const inputErrorStrings: Strings<InputError | 'list-full'> = {
  en: {
    'label-empty': 'Please type a name for it.',
    'label-too-long': `That name is too long: use at most ${MAX_LABEL} characters.`,
    'label-control': 'The name can only be one line of ordinary text.',
    'phone-empty': 'Please type a phone number.',
    'phone-too-long': `That number is too long: use at most ${MAX_PHONE} characters.`,
    'phone-no-digits': 'A phone number needs digits, for example 555 0100.',
    'phone-junk': 'Use only digits, spaces, dashes, parentheses and a leading +, for example +1 555 0100.',
    'url-empty': 'Please type a web address.',
    'url-too-long': `That address is too long: use at most ${MAX_URL} characters.`,
    'url-invalid': 'That is not a web address. Example: https://example.org',
    'url-scheme': 'Only web addresses starting with http:// or https:// can be used.',
    'url-credentials': 'Addresses with a user name or password in them are not accepted.',
    'list-full': 'The list is full. Delete one first.',
  },
  es: {
    'label-empty': 'Escribe un nombre.',
    'label-too-long': `Ese nombre es demasiado largo: usa como máximo ${MAX_LABEL} caracteres.`,
    'label-control': 'El nombre debe ser una sola línea de texto normal.',
    'phone-empty': 'Escribe un número de teléfono.',
    'phone-too-long': `Ese número es demasiado largo: usa como máximo ${MAX_PHONE} caracteres.`,
    'phone-no-digits': 'Un número de teléfono necesita dígitos, por ejemplo 555 0100.',
    'phone-junk': 'Usa solo dígitos, espacios, guiones, paréntesis y un + al inicio, por ejemplo +1 555 0100.',
    'url-empty': 'Escribe una dirección web.',
    'url-too-long': `Esa dirección es demasiado larga: usa como máximo ${MAX_URL} caracteres.`,
    'url-invalid': 'Eso no es una dirección web. Ejemplo: https://example.org',
    'url-scheme': 'Solo se pueden usar direcciones web que empiezan con http:// o https://.',
    'url-credentials': 'No se aceptan direcciones que contienen un usuario o una contraseña.',
    'list-full': 'La lista está llena. Borra uno para agregar otro.',
  },
  fr: {
    'label-empty': 'Veuillez taper un nom.',
    'label-too-long': `Ce nom est trop long : utilisez au plus ${MAX_LABEL} caractères.`,
    'label-control': 'Le nom doit tenir sur une seule ligne de texte ordinaire.',
    'phone-empty': 'Veuillez taper un numéro de téléphone.',
    'phone-too-long': `Ce numéro est trop long : utilisez au plus ${MAX_PHONE} caractères.`,
    'phone-no-digits': 'Un numéro de téléphone doit contenir des chiffres, par exemple 555 0100.',
    'phone-junk':
      'Utilisez seulement des chiffres, des espaces, des tirets, des parenthèses et un + au début, par exemple +1 555 0100.',
    'url-empty': 'Veuillez taper une adresse Web.',
    'url-too-long': `Cette adresse est trop longue : utilisez au plus ${MAX_URL} caractères.`,
    'url-invalid': 'Ce n’est pas une adresse Web. Exemple : https://example.org',
    'url-scheme': 'Seules les adresses Web qui commencent par http:// ou https:// sont acceptées.',
    'url-credentials': 'Les adresses qui contiennent un nom d’utilisateur ou un mot de passe ne sont pas acceptées.',
    'list-full': 'La liste est pleine. Supprimez-en un d’abord.',
  },
};
