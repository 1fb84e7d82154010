import type { Lang } from '@/utils/i18n';

/**
 * What the popup says about a hotline beyond its name and actions, in both languages, written
 * from each entry's `notes` and `hours` in data/hotlines/hotlines.json and the quotes in
 * data/hotlines/SOURCES.md (never from memory). Where a line is the police, is answered by the
 * police or sends the police, `caveat` says so plainly.
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
      en: 'Not the police. Since September 2025 it is run by Compass Connections, funded by the US government (HHS), which asks it to share tips with law enforcement "as appropriate". Whether it asks you first is not confirmed. You can ask what they would share before you give names or places. In immediate danger, call 911.',
      es: 'No es la policía. Desde septiembre de 2025 la opera Compass Connections, con fondos del gobierno de EE. UU. (HHS), que le pide compartir información con las autoridades policiales “cuando corresponda”. No está confirmado si antes te pregunta. Puedes preguntar qué compartirían antes de dar nombres o lugares. Si estás en peligro inmediato, llama al 911.',
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
  'gb-galop-lgbt-domestic-abuse': {
    hours: {
      en: 'Weekdays only. Sources disagree on the hours: check galop.org.uk first.',
      es: 'Solo entre semana. Las fuentes no coinciden en el horario: consulta galop.org.uk antes.',
    },
    caveat: {
      en: 'Answered by LGBT+ staff. Not an emergency service: in immediate danger, call 999.',
      es: 'Atendida por personal LGBT+. No es un servicio de emergencias: si estás en peligro inmediato, llama al 999.',
    },
  },
  'gb-mens-advice-line': {
    hours: {
      en: 'Weekdays only. Sources disagree on the hours (9 a.m.–5 p.m. or 9 a.m.–8 p.m.).',
      es: 'Solo entre semana. Las fuentes no coinciden en el horario (de 9 a. m. a 5 p. m. o de 9 a. m. a 8 p. m.).',
    },
    caveat: {
      en: 'For men, anywhere in the UK. Run by the charity Respect.',
      es: 'Para hombres, en todo el Reino Unido. La opera la organización benéfica Respect.',
    },
  },
  'au-afp-human-trafficking-reporting': {
    hours: {
      en: 'Hours not confirmed: the line may not answer at night or at weekends.',
      es: 'Horario no confirmado: puede que la línea no atienda de noche ni los fines de semana.',
    },
    caveat: {
      en: 'This is the police (Australian Federal Police). Investigators may refer you to the Red Cross support program. In immediate danger, call 000.',
      es: 'Es la policía (Policía Federal de Australia). Los investigadores pueden derivarte al programa de apoyo de la Cruz Roja. Si estás en peligro inmediato, llama al 000.',
    },
  },
  'au-qlife': {
    hours: {
      en: '3 p.m. to midnight, local time, every day including holidays. Not 24/7.',
      es: 'De 3 p. m. a medianoche, hora local, todos los días, días festivos incluidos. No atiende las 24 horas.',
    },
    caveat: {
      en: 'LGBTIQ+ peer support, not a crisis service. In a crisis: Lifeline 13 11 14 or 13YARN 13 92 76.',
      es: 'Apoyo de otras personas LGBTIQ+; no es un servicio de crisis. En una crisis: Lifeline 13 11 14 o 13YARN 13 92 76.',
    },
  },
  'ie-garda-confidential-line': {
    hours: {
      en: 'Hours not confirmed: the line may not answer at night or at weekends.',
      es: 'Horario no confirmado: puede que la línea no atienda de noche ni los fines de semana.',
    },
    caveat: {
      en: 'This is the police (An Garda Síochána). You can report without giving your name. Emergency: 112 or 999.',
      es: 'Es la policía (An Garda Síochána). Puedes denunciar sin dar tu nombre. Emergencias: 112 o 999.',
    },
  },
  'nz-police-105-trafficking-reporting': {
    hours: {
      en: 'Hours not confirmed: the line may not answer at night or at weekends.',
      es: 'Horario no confirmado: puede que la línea no atienda de noche ni los fines de semana.',
    },
    caveat: {
      en: 'This is the police (non-emergency number). In immediate danger, call 111.',
      es: 'Es la policía (número para casos que no son emergencias). Si estás en peligro inmediato, llama al 111.',
    },
  },
  'nz-shine-helpline': {
    hours: {
      en: '9 a.m. to 11 p.m. every day. Not 24/7.',
      es: 'De 9 a. m. a 11 p. m. todos los días. No atiende las 24 horas.',
    },
    caveat: {
      en: 'For anyone experiencing family violence.',
      es: 'Para cualquier persona que viva violencia familiar.',
    },
  },
  'co-linea-122-fiscalia': {
    hours: {
      en: 'Hours not confirmed: the line may not answer at night or at weekends.',
      es: 'Horario no confirmado: puede que la línea no atienda de noche ni los fines de semana.',
    },
    caveat: {
      en: 'This files a criminal complaint with the Fiscalía (the prosecutor’s office).',
      es: 'Aquí se presenta una denuncia penal ante la Fiscalía.',
    },
  },
  'cl-fono-1455': {
    hours: {
      en: 'Monday to Friday, 8 a.m. to midnight; closed on public holidays. Not 24/7.',
      es: 'De lunes a viernes, de 8 a. m. a medianoche; cierra los días festivos. No atiende las 24 horas.',
    },
    caveat: {
      en: 'In danger: 133 (Carabineros) or 134 (PDI), both police.',
      es: 'Si estás en peligro: 133 (Carabineros) o 134 (PDI), ambas son policía.',
    },
  },
  'gt-110-pnc': {
    hours: {
      en: 'Hours not confirmed: the line may not answer at night or at weekends.',
      es: 'Horario no confirmado: puede que la línea no atienda de noche ni los fines de semana.',
    },
    caveat: {
      en: 'This is the police (Policía Nacional Civil). Slow or missing responses have been reported.',
      es: 'Es la policía (Policía Nacional Civil). Se han reportado respuestas lentas o ausentes.',
    },
  },
  'gt-1546-alba-keneth': {
    hours: {
      en: 'Hours not confirmed: the line may not answer at night or at weekends.',
      es: 'Horario no confirmado: puede que la línea no atienda de noche ni los fines de semana.',
    },
    caveat: {
      en: 'To report a missing child or teenager at once; there is no need to wait 24 hours.',
      es: 'Para reportar de inmediato a un niño, niña o adolescente desaparecido; no hay que esperar 24 horas.',
    },
  },
  'hn-linea-145-trata': {
    hours: {
      en: 'Hours not confirmed: the line may not answer at night or at weekends.',
      es: 'Horario no confirmado: puede que la línea no atienda de noche ni los fines de semana.',
    },
  },
  'do-linea-mujer-212': {
    hours: {
      en: 'Hours not confirmed: the line may not answer at night or at weekends.',
      es: 'Horario no confirmado: puede que la línea no atienda de noche ni los fines de semana.',
    },
    caveat: {
      en: 'Ministry of Women rescue line: teams take women and children to confidential shelters. In 2018 *212 worked only with Claro; other carriers not confirmed.',
      es: 'Línea de rescate del Ministerio de la Mujer: equipos llevan a mujeres, niñas y niños a casas de acogida confidenciales. En 2018 el *212 solo funcionaba con Claro; otras compañías no están confirmadas.',
    },
  },
  'ca-988-suicide-crisis-helpline': {
    caveat: {
      en: 'Call or text, in English and French. A third-party guide says emergency services are involved only when your safety is judged to be at immediate risk.',
      es: 'Llamada o mensaje, en inglés y francés. Una guía independiente dice que solo se avisa a servicios de emergencia si se considera que tu seguridad corre un riesgo inmediato.',
    },
  },
  'ca-kids-help-phone': {
    caveat: {
      en: 'For children and young people, in English and French. Free and confidential.',
      es: 'Para niños, niñas y jóvenes, en inglés y francés. Gratuita y confidencial.',
    },
  },
  'ca-on-assaulted-womens-helpline': {
    caveat: {
      en: 'Ontario only, for women 16 and over. Free and anonymous.',
      es: 'Solo en Ontario, para mujeres de 16 años o más. Gratuita y anónima.',
    },
  },
  'ca-on-femaide': {
    caveat: {
      en: 'Ontario only, in French, for women facing violence. Call, text or chat.',
      es: 'Solo en Ontario, en francés, para mujeres que viven violencia. Llamada, mensaje o chat.',
    },
  },
  'ca-on-talk4healing': {
    hours: {
      en: 'Sources disagree on whether it is open 24/7.',
      es: 'Las fuentes no coinciden en si atiende las 24 horas.',
    },
    caveat: {
      en: 'Ontario, for Indigenous women. Call or text.',
      es: 'Ontario, para mujeres indígenas. Llamada o mensaje.',
    },
  },
  'gb-samaritans': {
    caveat: {
      en: 'Free, and does not show on phone bills. Confidential with exceptions: they may call an ambulance if you seem unable to make decisions, or act to protect a child or adult at risk.',
      es: 'Gratuita y no aparece en la factura del teléfono. Confidencial con excepciones: pueden llamar a una ambulancia si parece que no puedes tomar decisiones, o actuar para proteger a un menor o adulto en riesgo.',
    },
  },
  'gb-childline': {
    caveat: {
      en: 'For young people up to 19. Free. The one-to-one online chat needs a Childline account.',
      es: 'Para jóvenes de hasta 19 años. Gratuita. El chat individual en línea necesita una cuenta de Childline.',
    },
  },
  'au-lifeline': {
    caveat: {
      en: 'If calling is not safe, you can text 0477 13 11 14 (24/7). Emergency: 000.',
      es: 'Si no es seguro llamar, puedes enviar un mensaje al 0477 13 11 14 (24 horas). Emergencias: 000.',
    },
  },
  'au-kids-helpline': {
    caveat: {
      en: 'Ages 5 to 25. Free. Counsellors may contact child protection or emergency services if a child is being hurt or someone is at serious risk.',
      es: 'De 5 a 25 años. Gratuita. Quienes te atienden pueden avisar a protección infantil o a servicios de emergencia si un menor está sufriendo daño o alguien corre un riesgo grave.',
    },
  },
  'au-13yarn': {
    caveat: {
      en: 'Crisis support by Aboriginal and Torres Strait Islander people.',
      es: 'Apoyo en crisis a cargo de personas aborígenes e isleñas del estrecho de Torres.',
    },
  },
  'mx-linea-de-las-mujeres-079': {
    caveat: {
      en: 'Dial 079 and choose option 1. Legal and emotional support. Not an emergency line: in danger, call 911.',
      es: 'Marca 079 y elige la opción 1. Orientación legal y apoyo emocional. No es una línea de emergencias: si estás en peligro, llama al 911.',
    },
  },
  'mx-cdmx-linea-sos-mujeres-765': {
    caveat: {
      en: 'Mexico City only. Calls go to the city’s emergency centre (C5): where a life is at risk, police and ambulances are sent.',
      es: 'Solo en la Ciudad de México. Las llamadas llegan al C5, el centro de emergencias de la ciudad: si hay una vida en riesgo, envían policía y ambulancia.',
    },
  },
  'mx-consejo-ciudadano-linea-de-seguridad': {
    caveat: {
      en: 'Run by a citizens’ council, not the police. Free and confidential; also by WhatsApp at the same number.',
      es: 'La opera un consejo ciudadano, no la policía. Gratuita y confidencial; también por WhatsApp en el mismo número.',
    },
  },
  'ie-112-999': {
    caveat: {
      en: '112 and 999 reach the same service. For domestic abuse, the Gardaí (police) come in a marked patrol car.',
      es: 'El 112 y el 999 llegan al mismo servicio. En casos de violencia doméstica, la Garda (policía) llega en una patrulla identificada.',
    },
  },
  'ie-womens-aid-national-freephone-helpline': {
    caveat: {
      en: 'For women abused by a current or former partner; family and friends can call too.',
      es: 'Para mujeres maltratadas por su pareja o expareja; también pueden llamar familiares y amistades.',
    },
  },
  'ie-pieta': {
    caveat: {
      en: 'No source after 2022 confirms this number: if it does not answer, call Samaritans on 116 123.',
      es: 'Ninguna fuente posterior a 2022 confirma este número: si no contestan, llama a Samaritans al 116 123.',
    },
  },
  'nz-womens-refuge-crisisline': {
    caveat: {
      en: 'You are put through to an advocate at your local Refuge. Emergency: 111.',
      es: 'Te comunican con una persona de apoyo del refugio de tu zona. Emergencias: 111.',
    },
  },
  'nz-1737-need-to-talk': {
    caveat: {
      en: 'Call or text. Trained counsellors; not the police.',
      es: 'Llamada o mensaje. Consejeros capacitados; no es la policía.',
    },
  },
  'es-016': {
    caveat: {
      en: 'Free and does not show on the phone bill, but the call may stay in the phone’s call log: delete it after calling. Emergencies are passed to 112.',
      es: 'Es gratuito y no aparece en la factura, pero la llamada puede quedar en el registro del teléfono: bórrala después de llamar. Las emergencias se pasan al 112.',
    },
  },
  'es-024': {
    caveat: {
      en: 'Free and anonymous. If a suicide is in progress, emergency services are alerted.',
      es: 'Gratuita y anónima. Si hay un suicidio en curso, se avisa a los servicios de emergencia.',
    },
  },
  'es-anar': {
    caveat: {
      en: 'For children and teenagers. Free, and does not show on the bill. Confidential unless someone’s life is in danger: serious cases are reported to the police or child protection.',
      es: 'Para niños, niñas y adolescentes. Gratuita y no aparece en la factura. Confidencial salvo que la vida de alguien esté en peligro: los casos graves se comunican a la policía o a protección de menores.',
    },
  },
  'es-policia-nacional-trata': {
    caveat: {
      en: 'This is the police (Policía Nacional). You can report anonymously; the call does not appear on the phone bill.',
      es: 'Es la policía (Policía Nacional). Puedes denunciar de forma anónima; la llamada no aparece en la factura.',
    },
  },
  'ar-linea-145-trata': {
    caveat: {
      en: 'Free and anonymous. Reports go to the Ministry of Justice and federal prosecutors (PROTEX) and can lead to police raids.',
      es: 'Gratuita y anónima. Las denuncias llegan al Ministerio de Justicia y a la fiscalía federal (PROTEX) y pueden llevar a allanamientos policiales.',
    },
  },
  'ar-linea-144': {
    caveat: {
      en: 'For women and LGBTI+ people. Not an emergency line: if you are at risk, call 911.',
      es: 'Para mujeres y personas LGBTI+. No es una línea de emergencias: si estás en riesgo, llama al 911.',
    },
  },
  'co-123': {
    caveat: {
      en: 'This is the police (Policía Nacional).',
      es: 'Es la policía (Policía Nacional).',
    },
  },
  'co-linea-155': {
    caveat: {
      en: 'Answered by agents of the Policía Nacional. They can transfer you to 123 (police) or 122 (criminal complaints) without hanging up.',
      es: 'La atienden agentes de la Policía Nacional. Pueden transferirte al 123 (policía) o al 122 (denuncias) sin colgar.',
    },
  },
  'co-bogota-linea-106': {
    caveat: {
      en: 'Bogotá only. Psychologists of the city’s health department.',
      es: 'Solo en Bogotá. Psicólogos de la Secretaría de Salud.',
    },
  },
  'cl-133-carabineros': {
    hours: {
      en: 'Our sources do not confirm that it answers around the clock.',
      es: 'Nuestras fuentes no confirman que atienda las 24 horas.',
    },
    caveat: {
      en: 'This is the police (Carabineros).',
      es: 'Es la policía (Carabineros).',
    },
  },
  'cl-134-pdi': {
    caveat: {
      en: 'This is the police (PDI), which has a unit that investigates trafficking.',
      es: 'Es la policía (PDI), que tiene una brigada que investiga la trata de personas.',
    },
  },
  'cl-linea-4141': {
    caveat: {
      en: 'Psychologists. In urgent cases they work with emergency services and the police (Carabineros).',
      es: 'Psicólogos. En casos urgentes coordinan con servicios de emergencia y la policía (Carabineros).',
    },
  },
  'pe-105-pnp': {
    caveat: {
      en: 'This is the police (Policía Nacional del Perú). For family violence, a patrol car is sent to the home.',
      es: 'Es la policía (Policía Nacional del Perú). En casos de violencia familiar, envían un patrullero a la casa.',
    },
  },
  'pe-linea-100': {
    caveat: {
      en: 'Free. Cases are referred to women’s centres and the police. The line gets many prank calls: if it is busy, try again.',
      es: 'Gratuita. Los casos se derivan a los Centros Emergencia Mujer y a la policía. La línea recibe muchas llamadas falsas: si está ocupada, vuelve a intentar.',
    },
  },
  'pe-linea-1818-mininter': {
    caveat: {
      en: 'Complaints line of the Ministry of the Interior, which is in charge of the police. Which menu option is for trafficking is not confirmed.',
      es: 'Central de denuncias del Ministerio del Interior, del que depende la policía. No está confirmado qué opción del menú es para trata.',
    },
  },
  'pe-linea-113-opcion-5': {
    caveat: {
      en: 'Dial 113 and choose option 5 (mental health). Free and confidential.',
      es: 'Marca 113 y elige la opción 5 (salud mental). Gratuita y confidencial.',
    },
  },
  'sv-911-pnc': {
    caveat: {
      en: 'This is the police emergency system (PNC).',
      es: 'Es el sistema de emergencias de la policía (PNC).',
    },
  },
  'sv-126-isdemu': {
    caveat: {
      en: 'The only source is from about 2020: if it does not answer, call 911.',
      es: 'La única fuente es de alrededor de 2020: si no contestan, llama al 911.',
    },
  },
  'hn-linea-114': {
    caveat: {
      en: 'This is a police line: a call sends the nearest police unit, and the aggressor is detained if present.',
      es: 'Es una línea de la policía: la llamada envía a la unidad policial más cercana, y si el agresor está presente lo detienen.',
    },
  },
  'do-linea-vida-211': {
    caveat: {
      en: 'Run by the Procuraduría General (public prosecutors): free and anonymous; cases may be referred to the authorities. The number changed to *211 in November 2025.',
      es: 'La opera la Procuraduría General: gratuita y anónima; los casos pueden derivarse a las autoridades. El número cambió a *211 en noviembre de 2025.',
    },
  },
  'ph-911': {
    caveat: {
      en: 'Takes reports of violence against women and children. Physical abuse or immediate danger is passed to the police (PNP).',
      es: 'Recibe reportes de violencia contra mujeres y menores. El maltrato físico o el peligro inmediato se pasa a la policía (PNP).',
    },
  },
  'ph-1343-actionline': {
    caveat: {
      en: 'From outside Metro Manila you may need to dial 02 first (2011 information, not confirmed).',
      es: 'Desde fuera de Metro Manila puede que tengas que marcar antes el 02 (información de 2011, no confirmada).',
    },
  },
  'ph-ncmh-crisis-hotline': {
    caveat: {
      en: 'Also for domestic and sexual abuse. High-risk callers are referred to hospitals.',
      es: 'También para violencia doméstica y sexual. Las personas en alto riesgo son derivadas a hospitales.',
    },
  },
  'in-112-erss': {
    caveat: {
      en: 'Police, fire and ambulance.',
      es: 'Policía, bomberos y ambulancia.',
    },
  },
  'in-181-women-helpline': {
    caveat: {
      en: 'Run by each state; linked to One Stop Centres (police, hospital, legal aid, shelter). If it does not answer, call 112.',
      es: 'La opera cada estado; conectada con los One Stop Centres (policía, hospital, asesoría legal, refugio). Si no contestan, llama al 112.',
    },
  },
  'in-1098-child-helpline': {
    caveat: {
      en: 'For any child in danger. Emergencies are passed to 112 and child protection.',
      es: 'Para cualquier menor en peligro. Las emergencias se pasan al 112 y a protección infantil.',
    },
  },
  'in-tele-manas-14416': {
    caveat: {
      en: 'Choose your language in the menu. They may call you back: answer only if it is safe.',
      es: 'Elige tu idioma en el menú. Pueden devolverte la llamada: contesta solo si es seguro.',
    },
  },
  'hn-911': {
    hours: {
      en: 'Our sources do not confirm that it answers around the clock.',
      es: 'Nuestras fuentes no confirman que atienda las 24 horas.',
    },
  },
};
