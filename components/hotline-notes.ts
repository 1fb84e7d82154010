import type { Lang } from '@/utils/i18n';

/**
 * What the popup says about a hotline beyond its name and actions, in both languages, written
 * from each entry's `notes` and `hours` in data/hotlines/hotlines.json (never from memory).
 * `hours` is given for every line that is not open around the clock; `caveat` for what a person
 * should know before calling (who may be told, chats that close, numbers that show up on a bill).
 * A unit test checks that every id here exists and that every shown line without 24/7 hours has
 * `hours`.
 */
export interface HotlineNote {
  hours?: Record<Lang, string>;
  caveat?: Record<Lang, string>;
}

export const HOTLINE_NOTES: Record<string, HotlineNote> = {
  'us-national-human-trafficking-hotline': {
    caveat: {
      en: 'Not the police. In September 2025 the US government (HHS) gave it to a new operator, Compass Connections, and asks it to share tips with law enforcement "as appropriate". We could not confirm whether it asks you first. You can ask before giving names or places. In danger now: 911.',
      es: 'No es la policía. En septiembre de 2025 el gobierno de Estados Unidos (HHS) se la dio a un nuevo operador, Compass Connections, y le pide compartir información con las autoridades “cuando corresponda”. No sabemos si antes te pide permiso. Puedes preguntar antes de dar nombres o lugares. Si estás en peligro ahora: 911.',
    },
  },
  'us-national-domestic-violence-hotline': {
    caveat: {
      en: 'When no advocate is free, the chat on the website may be an automated chatbot. In immediate danger, call 911.',
      es: 'Si no hay nadie disponible, el chat del sitio web puede ser un chatbot automático. Si estás en peligro inmediato, llama al 911.',
    },
  },
  'us-988-suicide-crisis-lifeline': {
    caveat: {
      en: 'In Spanish: press 2 when you call, or text AYUDA to 988. Counselors may contact emergency services if they believe your life is in immediate danger.',
      es: 'En español: marca 2 al llamar, o envía AYUDA por mensaje al 988. Quienes te atienden pueden avisar a servicios de emergencia si creen que tu vida corre peligro inmediato.',
    },
  },
  'us-trans-lifeline': {
    hours: {
      en: 'Monday to Friday, 10 a.m.–6 p.m. Pacific (1–9 p.m. Eastern). Not 24/7; closed some holidays.',
      es: 'De lunes a viernes, de 10 a. m. a 6 p. m. hora del Pacífico (de 1 a 9 p. m. hora del Este). No atiende las 24 horas; cierra algunos días festivos.',
    },
    caveat: {
      en: 'Peer support from trans people. Reported policy: operators do not call emergency services without your consent. Outside these hours: 988 or The Trevor Project.',
      es: 'Apoyo de otras personas trans. Según informan, no llaman a servicios de emergencia sin tu consentimiento. Fuera de este horario: 988 o The Trevor Project.',
    },
  },
  'ca-trans-lifeline': {
    hours: {
      en: 'Monday to Friday, 10 a.m.–6 p.m. Pacific (1–9 p.m. Eastern). Not 24/7.',
      es: 'De lunes a viernes, de 10 a. m. a 6 p. m. hora del Pacífico (de 1 a 9 p. m. hora del Este). No atiende las 24 horas.',
    },
    caveat: {
      en: 'Peer support from trans people. Reported policy: operators do not call emergency services without your consent.',
      es: 'Apoyo de otras personas trans. Según informan, no llaman a servicios de emergencia sin tu consentimiento.',
    },
  },
  'us-lgbt-national-hotline': {
    hours: {
      en: 'Not 24/7. Sources give different hours (weekdays and Saturday, Pacific time): check the website first.',
      es: 'No atiende las 24 horas. Las fuentes dan horarios distintos (entre semana y sábados, hora del Pacífico): consulta el sitio web antes.',
    },
    caveat: {
      en: 'Peer support for all ages; not a crisis line.',
      es: 'Apoyo de otras personas LGBTQ+, para todas las edades; no es una línea de crisis.',
    },
  },
  'us-stronghearts-native-helpline': {
    caveat: {
      en: 'For American Indian and Alaska Native survivors; Native advocates. If you text, the reply comes from a different number.',
      es: 'Para sobrevivientes indígenas de Estados Unidos y de Alaska; te atiende personal indígena. Si envías un mensaje, la respuesta llega desde otro número.',
    },
  },
  'us-childhelp-national-child-abuse-hotline': {
    caveat: {
      en: 'Not a line for reporting abuse, and not connected to emergency services. It may inform authorities if the identity or location of a child is shared, or if there is an immediate risk of suicide.',
      es: 'No es una línea para denunciar abuso y no está conectada con servicios de emergencia. Puede avisar a las autoridades si se comparte la identidad o ubicación de un menor, o si hay riesgo inmediato de suicidio.',
    },
  },
  'us-national-runaway-safeline': {
    caveat: {
      en: 'For young people about 12 to 21 and their families.',
      es: 'Para jóvenes de unos 12 a 21 años y sus familias.',
    },
  },
  'us-love-is-respect': {
    caveat: {
      en: 'For teens and young adults worried about a relationship.',
      es: 'Para adolescentes y jóvenes a quienes les preocupa una relación.',
    },
  },
  'us-911': {
    caveat: {
      en: 'Call if you can and it is safe. Texting 911 works only where the local 911 center supports it.',
      es: 'Llama si puedes hacerlo sin riesgo. Enviar un mensaje al 911 solo funciona donde el centro local lo permite.',
    },
  },
  'us-crisis-text-line': {
    caveat: {
      en: 'Text only. In Spanish, text HOLA. The short code may appear on a phone bill with some smaller carriers.',
      es: 'Solo por mensaje de texto. En español, envía HOLA. Con algunas compañías pequeñas el número puede aparecer en la factura.',
    },
  },
  'ca-canadian-human-trafficking-hotline': {
    caveat: {
      en: 'Not police or government. Does not report to police without your consent unless the law requires it (immediate danger, a child at risk). The chat closes after 5 minutes without a reply.',
      es: 'No es la policía ni el gobierno. No informa a la policía sin tu consentimiento salvo que la ley lo exija (peligro inmediato, un menor en riesgo). El chat se cierra tras 5 minutos sin respuesta.',
    },
  },
  'gb-modern-slavery-exploitation-helpline': {
    caveat: {
      en: 'An independent charity, not the police. Details are shared only with your consent, except in immediate danger or when a child is at risk. Emergency: 999.',
      es: 'Una organización benéfica independiente, no la policía. Solo comparte datos con tu consentimiento, salvo peligro inmediato o un menor en riesgo. Emergencias: 999.',
    },
  },
  'gb-national-domestic-abuse-helpline': {
    caveat: {
      en: 'Phone open 24/7 and free. Live chat hours are not confirmed. Run by Refuge, staffed by women. On the website you can ask for a safe time to be called back.',
      es: 'Teléfono abierto 24 horas y gratuito. El horario del chat no está confirmado. Lo atiende Refuge, con personal femenino. En el sitio web puedes pedir que te llamen a una hora segura.',
    },
  },
  'gb-999-silent-solution': {
    caveat: {
      en: 'If you cannot speak, from a mobile: call 999, cough or tap when asked, then press 55 if you hear a recorded message. Pressing 55 does not send your location. Not for landlines.',
      es: 'Si no puedes hablar, desde un celular: llama al 999, tose o da golpecitos cuando te pregunten y presiona 55 si oyes un mensaje grabado. Presionar 55 no envía tu ubicación. No sirve desde teléfonos fijos.',
    },
  },
  'gb-scotland-domestic-abuse-forced-marriage-helpline': {
    caveat: {
      en: 'Anyone can call. A translation service is available.',
      es: 'Cualquier persona puede llamar. Hay servicio de traducción.',
    },
  },
  'au-1800respect': {
    caveat: {
      en: 'Interpreters on phone calls; text messages in English only. A text conversation ends after 6 minutes without a reply. Emergency: 000.',
      es: 'Intérpretes en llamadas; mensajes de texto solo en inglés. Una conversación por mensaje termina tras 6 minutos sin respuesta. Emergencias: 000.',
    },
  },
  'mx-linea-nacional-contra-la-trata': {
    caveat: {
      en: 'Free. Also by WhatsApp at the same number (Chat vs. Trata).',
      es: 'Gratuita. También por WhatsApp en el mismo número (Chat vs. Trata).',
    },
  },
};
