import type { Lang } from '@/utils/i18n';

/**
 * What the popup says about a hotline beyond its name and actions, in every language, written
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
      fr: 'Ce n’est pas la police. Depuis septembre 2025, la ligne est gérée par Compass Connections, financé par le gouvernement des États-Unis (HHS), qui lui demande de transmettre les signalements aux forces de l’ordre « au besoin ». On ne sait pas avec certitude si elle vous demande d’abord votre accord. Vous pouvez demander ce qui serait transmis avant de donner des noms ou des lieux. En cas de danger immédiat, appelez le 911.',
    },
  },
  'us-national-domestic-violence-hotline': {
    caveat: {
      en: 'When no advocate is free, the chat on the website may be an automated chatbot. In immediate danger, call 911.',
      es: 'Si no hay nadie disponible, el chat del sitio web puede ser un chatbot automático. Si estás en peligro inmediato, llama al 911.',
      fr: 'Si aucune intervenante ni aucun intervenant n’est libre, le clavardage du site Web peut être un robot conversationnel automatique. En cas de danger immédiat, appelez le 911.',
    },
  },
  'us-988-suicide-crisis-lifeline': {
    caveat: {
      en: 'In Spanish: press 2 when you call, or text AYUDA to 988. Counselors may contact emergency services if they believe your life is in immediate danger.',
      es: 'En español: marca 2 al llamar, o envía AYUDA por mensaje al 988. Quienes te atienden pueden avisar a servicios de emergencia si creen que tu vida corre peligro inmediato.',
      fr: 'En espagnol : faites le 2 quand vous appelez, ou textez AYUDA au 988. Les intervenants peuvent contacter les services d’urgence s’ils croient que votre vie est en danger immédiat.',
    },
  },
  'us-trans-lifeline': {
    hours: {
      en: 'Monday to Friday, 10 a.m.–6 p.m. Pacific (1–9 p.m. Eastern). Not 24/7; closed some holidays.',
      es: 'De lunes a viernes, de 10 a. m. a 6 p. m. hora del Pacífico (de 1 a 9 p. m. hora del Este). No atiende las 24 horas; cierra algunos días festivos.',
      fr: 'Du lundi au vendredi, de 10 h à 18 h, heure du Pacifique (de 13 h à 21 h, heure de l’Est). Pas ouvert 24 h sur 24; fermé certains jours fériés.',
    },
    caveat: {
      en: 'Peer support from trans people. Reported policy: operators do not call emergency services without your consent. Outside these hours: 988 or The Trevor Project.',
      es: 'Apoyo de otras personas trans. Según informan, no llaman a servicios de emergencia sin tu consentimiento. Fuera de este horario: 988 o The Trevor Project.',
      fr: 'Soutien offert par des personnes trans. Selon ce qui est rapporté, les intervenants n’appellent pas les services d’urgence sans votre consentement. En dehors de ces heures : 988 ou The Trevor Project.',
    },
  },
  'ca-trans-lifeline': {
    hours: {
      en: 'Monday to Friday, 10 a.m.–6 p.m. Pacific (1–9 p.m. Eastern). Not 24/7.',
      es: 'De lunes a viernes, de 10 a. m. a 6 p. m. hora del Pacífico (de 1 a 9 p. m. hora del Este). No atiende las 24 horas.',
      fr: 'Du lundi au vendredi, de 10 h à 18 h, heure du Pacifique (de 13 h à 21 h, heure de l’Est). Pas ouvert 24 h sur 24.',
    },
    caveat: {
      en: 'Peer support from trans people. Reported policy: operators do not call emergency services without your consent.',
      es: 'Apoyo de otras personas trans. Según informan, no llaman a servicios de emergencia sin tu consentimiento.',
      fr: 'Soutien offert par des personnes trans. Selon ce qui est rapporté, les intervenants n’appellent pas les services d’urgence sans votre consentement.',
    },
  },
  'us-lgbt-national-hotline': {
    hours: {
      en: 'Not 24/7. Sources give different hours (weekdays and Saturday, Pacific time): check the website first.',
      es: 'No atiende las 24 horas. Las fuentes dan horarios distintos (entre semana y sábados, hora del Pacífico): consulta el sitio web antes.',
      fr: 'Pas ouvert 24 h sur 24. Les sources donnent des heures différentes (en semaine et le samedi, heure du Pacifique) : vérifiez d’abord sur le site Web.',
    },
    caveat: {
      en: 'Peer support for all ages; not a crisis line.',
      es: 'Apoyo de otras personas LGBTQ+, para todas las edades; no es una línea de crisis.',
      fr: 'Soutien par des pairs, pour tous les âges; ce n’est pas une ligne de crise.',
    },
  },
  'us-stronghearts-native-helpline': {
    caveat: {
      en: 'For American Indian and Alaska Native survivors; Native advocates. If you text, the reply comes from a different number.',
      es: 'Para sobrevivientes indígenas de Estados Unidos y de Alaska; te atiende personal indígena. Si envías un mensaje, la respuesta llega desde otro número.',
      fr: 'Pour les personnes survivantes autochtones des États-Unis et de l’Alaska; intervenants autochtones. Si vous textez, la réponse arrive d’un autre numéro.',
    },
  },
  'us-childhelp-national-child-abuse-hotline': {
    caveat: {
      en: 'Not a line for reporting abuse, and not connected to emergency services. It may inform authorities if the identity or location of a child is shared, or if there is an immediate risk of suicide.',
      es: 'No es una línea para denunciar abuso y no está conectada con servicios de emergencia. Puede avisar a las autoridades si se comparte la identidad o ubicación de un menor, o si hay riesgo inmediato de suicidio.',
      fr: 'Ce n’est pas une ligne pour signaler de la maltraitance, et elle n’est pas reliée aux services d’urgence. Elle peut prévenir les autorités si l’identité ou le lieu où se trouve un enfant est communiqué, ou s’il y a un risque immédiat de suicide.',
    },
  },
  'us-national-runaway-safeline': {
    caveat: {
      en: 'For young people about 12 to 21 and their families.',
      es: 'Para jóvenes de unos 12 a 21 años y sus familias.',
      fr: 'Pour les jeunes d’environ 12 à 21 ans et leur famille.',
    },
  },
  'us-love-is-respect': {
    caveat: {
      en: 'For teens and young adults worried about a relationship.',
      es: 'Para adolescentes y jóvenes a quienes les preocupa una relación.',
      fr: 'Pour les ados et les jeunes adultes inquiets au sujet d’une relation.',
    },
  },
  'us-911': {
    caveat: {
      en: 'Call if you can and it is safe. Texting 911 works only where the local 911 center supports it.',
      es: 'Llama si puedes hacerlo sin riesgo. Enviar un mensaje al 911 solo funciona donde el centro local lo permite.',
      fr: 'Appelez si vous le pouvez et si c’est sans danger. Texter le 911 fonctionne seulement là où le centre 911 local l’accepte.',
    },
  },
  'us-crisis-text-line': {
    caveat: {
      en: 'Text only. In Spanish, text HOLA. The short code may appear on a phone bill with some smaller carriers.',
      es: 'Solo por mensaje de texto. En español, envía HOLA. Con algunas compañías pequeñas el número puede aparecer en la factura.',
      fr: 'Par texto seulement. En espagnol, textez HOLA. Chez certains petits fournisseurs, le numéro court peut paraître sur la facture de téléphone.',
    },
  },
  'ca-canadian-human-trafficking-hotline': {
    caveat: {
      en: 'Not police or government. Does not report to police without your consent unless the law requires it (immediate danger, a child at risk). The chat closes after 5 minutes without a reply.',
      es: 'No es la policía ni el gobierno. No informa a la policía sin tu consentimiento salvo que la ley lo exija (peligro inmediato, un menor en riesgo). El chat se cierra tras 5 minutos sin respuesta.',
      fr: 'Ce n’est ni la police ni le gouvernement. N’avertit pas la police sans votre consentement, sauf si la loi l’exige (danger immédiat, enfant en danger). Le clavardage se ferme après 5 minutes sans réponse.',
    },
  },
  'gb-modern-slavery-exploitation-helpline': {
    caveat: {
      en: 'An independent charity, not the police. Details are shared only with your consent, except in immediate danger or when a child is at risk. Emergency: 999.',
      es: 'Una organización benéfica independiente, no la policía. Solo comparte datos con tu consentimiento, salvo peligro inmediato o un menor en riesgo. Emergencias: 999.',
      fr: 'Un organisme de bienfaisance indépendant, pas la police. Vos renseignements sont transmis seulement avec votre consentement, sauf en cas de danger immédiat ou si un enfant est en danger. Urgence : 999.',
    },
  },
  'gb-national-domestic-abuse-helpline': {
    caveat: {
      en: 'Phone open 24/7 and free. Live chat hours are not confirmed. Run by Refuge, staffed by women. On the website you can ask for a safe time to be called back.',
      es: 'Teléfono abierto 24 horas y gratuito. El horario del chat no está confirmado. Lo atiende Refuge, con personal femenino. En el sitio web puedes pedir que te llamen a una hora segura.',
      fr: 'Téléphone ouvert 24 h sur 24, 7 jours sur 7, et gratuit. Les heures du clavardage ne sont pas confirmées. Géré par Refuge, avec des intervenantes. Sur le site Web, vous pouvez demander qu’on vous rappelle à un moment sûr.',
    },
  },
  'gb-999-silent-solution': {
    caveat: {
      en: 'If you cannot speak, from a mobile: call 999, cough or tap when asked, then press 55 if you hear a recorded message. Pressing 55 does not send your location. Not for landlines.',
      es: 'Si no puedes hablar, desde un celular: llama al 999, tose o da golpecitos cuando te pregunten y presiona 55 si oyes un mensaje grabado. Presionar 55 no envía tu ubicación. No sirve desde teléfonos fijos.',
      fr: 'Si vous ne pouvez pas parler, depuis un cellulaire : appelez le 999, toussez ou tapotez quand on vous le demande, puis faites le 55 si vous entendez un message enregistré. Faire le 55 n’envoie pas votre position. Ne fonctionne pas depuis un téléphone fixe.',
    },
  },
  'gb-scotland-domestic-abuse-forced-marriage-helpline': {
    caveat: {
      en: 'Anyone can call. A translation service is available.',
      es: 'Cualquier persona puede llamar. Hay servicio de traducción.',
      fr: 'Tout le monde peut appeler. Un service de traduction est offert.',
    },
  },
  'au-1800respect': {
    caveat: {
      en: 'Interpreters on phone calls; text messages in English only. A text conversation ends after 6 minutes without a reply. Emergency: 000.',
      es: 'Intérpretes en llamadas; mensajes de texto solo en inglés. Una conversación por mensaje termina tras 6 minutos sin respuesta. Emergencias: 000.',
      fr: 'Interprètes pendant les appels; textos en anglais seulement. Une conversation par texto se termine après 6 minutes sans réponse. Urgence : 000.',
    },
  },
  'mx-linea-nacional-contra-la-trata': {
    caveat: {
      en: 'Free. Also by WhatsApp at the same number (Chat vs. Trata).',
      es: 'Gratuita. También por WhatsApp en el mismo número (Chat vs. Trata).',
      fr: 'Gratuit. Aussi par WhatsApp au même numéro (Chat vs. Trata).',
    },
  },
  'gb-galop-lgbt-domestic-abuse': {
    hours: {
      en: 'Weekdays only. Sources disagree on the hours: check galop.org.uk first.',
      es: 'Solo entre semana. Las fuentes no coinciden en el horario: consulta galop.org.uk antes.',
      fr: 'En semaine seulement. Les sources ne s’entendent pas sur les heures : vérifiez d’abord sur galop.org.uk.',
    },
    caveat: {
      en: 'Answered by LGBT+ staff. Not an emergency service: in immediate danger, call 999.',
      es: 'Atendida por personal LGBT+. No es un servicio de emergencias: si estás en peligro inmediato, llama al 999.',
      fr: 'Les appels sont pris par du personnel LGBT+. Ce n’est pas un service d’urgence : en cas de danger immédiat, appelez le 999.',
    },
  },
  'gb-mens-advice-line': {
    hours: {
      en: 'Weekdays only. Sources disagree on the hours (9 a.m.–5 p.m. or 9 a.m.–8 p.m.).',
      es: 'Solo entre semana. Las fuentes no coinciden en el horario (de 9 a. m. a 5 p. m. o de 9 a. m. a 8 p. m.).',
      fr: 'En semaine seulement. Les sources ne s’entendent pas sur les heures (9 h à 17 h ou 9 h à 20 h).',
    },
    caveat: {
      en: 'For men, anywhere in the UK. Run by the charity Respect.',
      es: 'Para hombres, en todo el Reino Unido. La opera la organización benéfica Respect.',
      fr: 'Pour les hommes, partout au Royaume-Uni. Géré par l’organisme de bienfaisance Respect.',
    },
  },
  'au-afp-human-trafficking-reporting': {
    hours: {
      en: 'Hours not confirmed: the line may not answer at night or at weekends.',
      es: 'Horario no confirmado: puede que la línea no atienda de noche ni los fines de semana.',
      fr: 'Heures non confirmées : la ligne pourrait ne pas répondre la nuit ou la fin de semaine.',
    },
    caveat: {
      en: 'This is the police (Australian Federal Police). Investigators may refer you to the Red Cross support program. In immediate danger, call 000.',
      es: 'Es la policía (Policía Federal de Australia). Los investigadores pueden derivarte al programa de apoyo de la Cruz Roja. Si estás en peligro inmediato, llama al 000.',
      fr: 'C’est la police (Police fédérale australienne). Les enquêteurs peuvent vous diriger vers le programme de soutien de la Croix-Rouge. En cas de danger immédiat, appelez le 000.',
    },
  },
  'au-qlife': {
    hours: {
      en: '3 p.m. to midnight, local time, every day including holidays. Not 24/7.',
      es: 'De 3 p. m. a medianoche, hora local, todos los días, días festivos incluidos. No atiende las 24 horas.',
      fr: 'De 15 h à minuit, heure locale, tous les jours, y compris les jours fériés. Pas ouvert 24 h sur 24.',
    },
    caveat: {
      en: 'LGBTIQ+ peer support, not a crisis service. In a crisis: Lifeline 13 11 14 or 13YARN 13 92 76.',
      es: 'Apoyo de otras personas LGBTIQ+; no es un servicio de crisis. En una crisis: Lifeline 13 11 14 o 13YARN 13 92 76.',
      fr: 'Soutien par des pairs LGBTIQ+, ce n’est pas un service de crise. En situation de crise : Lifeline 13 11 14 ou 13YARN 13 92 76.',
    },
  },
  'ie-garda-confidential-line': {
    hours: {
      en: 'Hours not confirmed: the line may not answer at night or at weekends.',
      es: 'Horario no confirmado: puede que la línea no atienda de noche ni los fines de semana.',
      fr: 'Heures non confirmées : la ligne pourrait ne pas répondre la nuit ou la fin de semaine.',
    },
    caveat: {
      en: 'This is the police (An Garda Síochána). You can report without giving your name. Emergency: 112 or 999.',
      es: 'Es la policía (An Garda Síochána). Puedes denunciar sin dar tu nombre. Emergencias: 112 o 999.',
      fr: 'C’est la police (An Garda Síochána). Vous pouvez faire un signalement sans donner votre nom. Urgence : 112 ou 999.',
    },
  },
  'nz-police-105-trafficking-reporting': {
    hours: {
      en: 'Hours not confirmed: the line may not answer at night or at weekends.',
      es: 'Horario no confirmado: puede que la línea no atienda de noche ni los fines de semana.',
      fr: 'Heures non confirmées : la ligne pourrait ne pas répondre la nuit ou la fin de semaine.',
    },
    caveat: {
      en: 'This is the police (non-emergency number). In immediate danger, call 111.',
      es: 'Es la policía (número para casos que no son emergencias). Si estás en peligro inmediato, llama al 111.',
      fr: 'C’est la police (numéro non urgent). En cas de danger immédiat, appelez le 111.',
    },
  },
  'nz-shine-helpline': {
    hours: {
      en: '9 a.m. to 11 p.m. every day. Not 24/7.',
      es: 'De 9 a. m. a 11 p. m. todos los días. No atiende las 24 horas.',
      fr: 'De 9 h à 23 h tous les jours. Pas ouvert 24 h sur 24.',
    },
    caveat: {
      en: 'For anyone experiencing family violence.',
      es: 'Para cualquier persona que viva violencia familiar.',
      fr: 'Pour toute personne qui vit de la violence familiale.',
    },
  },
  'co-linea-122-fiscalia': {
    hours: {
      en: 'Hours not confirmed: the line may not answer at night or at weekends.',
      es: 'Horario no confirmado: puede que la línea no atienda de noche ni los fines de semana.',
      fr: 'Heures non confirmées : la ligne pourrait ne pas répondre la nuit ou la fin de semaine.',
    },
    caveat: {
      en: 'This files a criminal complaint with the Fiscalía (the prosecutor’s office).',
      es: 'Aquí se presenta una denuncia penal ante la Fiscalía.',
      fr: 'Cette ligne sert à porter plainte au criminel auprès de la Fiscalía (le bureau du procureur).',
    },
  },
  'cl-fono-1455': {
    hours: {
      en: 'Monday to Friday, 8 a.m. to midnight; closed on public holidays. Not 24/7.',
      es: 'De lunes a viernes, de 8 a. m. a medianoche; cierra los días festivos. No atiende las 24 horas.',
      fr: 'Du lundi au vendredi, de 8 h à minuit; fermé les jours fériés. Pas ouvert 24 h sur 24.',
    },
    caveat: {
      en: 'In danger: 133 (Carabineros) or 134 (PDI), both police.',
      es: 'Si estás en peligro: 133 (Carabineros) o 134 (PDI), ambas son policía.',
      fr: 'En cas de danger : 133 (Carabineros) ou 134 (PDI), deux corps de police.',
    },
  },
  'gt-110-pnc': {
    hours: {
      en: 'Hours not confirmed: the line may not answer at night or at weekends.',
      es: 'Horario no confirmado: puede que la línea no atienda de noche ni los fines de semana.',
      fr: 'Heures non confirmées : la ligne pourrait ne pas répondre la nuit ou la fin de semaine.',
    },
    caveat: {
      en: 'This is the police (Policía Nacional Civil). Slow or missing responses have been reported.',
      es: 'Es la policía (Policía Nacional Civil). Se han reportado respuestas lentas o ausentes.',
      fr: 'C’est la police (Policía Nacional Civil). Des réponses lentes ou absentes ont été signalées.',
    },
  },
  'gt-1546-alba-keneth': {
    hours: {
      en: 'Hours not confirmed: the line may not answer at night or at weekends.',
      es: 'Horario no confirmado: puede que la línea no atienda de noche ni los fines de semana.',
      fr: 'Heures non confirmées : la ligne pourrait ne pas répondre la nuit ou la fin de semaine.',
    },
    caveat: {
      en: 'To report a missing child or teenager at once; there is no need to wait 24 hours.',
      es: 'Para reportar de inmediato a un niño, niña o adolescente desaparecido; no hay que esperar 24 horas.',
      fr: 'Pour signaler tout de suite la disparition d’un enfant ou d’un ado; pas besoin d’attendre 24 heures.',
    },
  },
  'hn-linea-145-trata': {
    hours: {
      en: 'Hours not confirmed: the line may not answer at night or at weekends.',
      es: 'Horario no confirmado: puede que la línea no atienda de noche ni los fines de semana.',
      fr: 'Heures non confirmées : la ligne pourrait ne pas répondre la nuit ou la fin de semaine.',
    },
  },
  'do-linea-mujer-212': {
    hours: {
      en: 'Hours not confirmed: the line may not answer at night or at weekends.',
      es: 'Horario no confirmado: puede que la línea no atienda de noche ni los fines de semana.',
      fr: 'Heures non confirmées : la ligne pourrait ne pas répondre la nuit ou la fin de semaine.',
    },
    caveat: {
      en: 'Ministry of Women rescue line: teams take women and children to confidential shelters. In 2018 *212 worked only with Claro; other carriers not confirmed.',
      es: 'Línea de rescate del Ministerio de la Mujer: equipos llevan a mujeres, niñas y niños a casas de acogida confidenciales. En 2018 el *212 solo funcionaba con Claro; otras compañías no están confirmadas.',
      fr: 'Ligne de secours du ministère de la Femme : des équipes conduisent les femmes et les enfants dans des refuges confidentiels. En 2018, le *212 fonctionnait seulement avec Claro; les autres fournisseurs ne sont pas confirmés.',
    },
  },
  'ca-988-suicide-crisis-helpline': {
    caveat: {
      en: 'Call or text, in English and French. A third-party guide says emergency services are involved only when your safety is judged to be at immediate risk.',
      es: 'Llamada o mensaje, en inglés y francés. Una guía independiente dice que solo se avisa a servicios de emergencia si se considera que tu seguridad corre un riesgo inmediato.',
      fr: 'Appel ou texto, en anglais et en français. Selon un guide externe, les services d’urgence interviennent seulement si votre sécurité est jugée en danger immédiat.',
    },
  },
  'ca-kids-help-phone': {
    caveat: {
      en: 'For children and young people, in English and French. Free and confidential.',
      es: 'Para niños, niñas y jóvenes, en inglés y francés. Gratuita y confidencial.',
      fr: 'Pour les enfants et les jeunes, en anglais et en français. Gratuit et confidentiel.',
    },
  },
  'ca-on-assaulted-womens-helpline': {
    caveat: {
      en: 'Ontario only, for women 16 and over. Free and anonymous.',
      es: 'Solo en Ontario, para mujeres de 16 años o más. Gratuita y anónima.',
      fr: 'En Ontario seulement, pour les femmes de 16 ans et plus. Gratuit et anonyme.',
    },
  },
  'ca-on-femaide': {
    caveat: {
      en: 'Ontario only, in French, for women facing violence. Call, text or chat.',
      es: 'Solo en Ontario, en francés, para mujeres que viven violencia. Llamada, mensaje o chat.',
      fr: 'En Ontario seulement, en français, pour les femmes qui vivent de la violence. Appel, texto ou clavardage.',
    },
  },
  'ca-on-talk4healing': {
    hours: {
      en: 'Sources disagree on whether it is open 24/7.',
      es: 'Las fuentes no coinciden en si atiende las 24 horas.',
      fr: 'Les sources ne s’entendent pas sur l’ouverture 24 h sur 24.',
    },
    caveat: {
      en: 'Ontario, for Indigenous women. Call or text.',
      es: 'Ontario, para mujeres indígenas. Llamada o mensaje.',
      fr: 'En Ontario, pour les femmes autochtones. Appel ou texto.',
    },
  },
  'gb-samaritans': {
    caveat: {
      en: 'Free, and does not show on phone bills. Confidential with exceptions: they may call an ambulance if you seem unable to make decisions, or act to protect a child or adult at risk.',
      es: 'Gratuita y no aparece en la factura del teléfono. Confidencial con excepciones: pueden llamar a una ambulancia si parece que no puedes tomar decisiones, o actuar para proteger a un menor o adulto en riesgo.',
      fr: 'Gratuit, et ne paraît pas sur la facture de téléphone. Confidentiel, avec des exceptions : ils peuvent appeler une ambulance si vous semblez incapable de prendre des décisions, ou agir pour protéger un enfant ou un adulte en danger.',
    },
  },
  'gb-childline': {
    caveat: {
      en: 'For young people up to 19. Free. The one-to-one online chat needs a Childline account.',
      es: 'Para jóvenes de hasta 19 años. Gratuita. El chat individual en línea necesita una cuenta de Childline.',
      fr: 'Pour les jeunes jusqu’à 19 ans. Gratuit. Le clavardage individuel en ligne demande un compte Childline.',
    },
  },
  'au-lifeline': {
    caveat: {
      en: 'If calling is not safe, you can text 0477 13 11 14 (24/7). Emergency: 000.',
      es: 'Si no es seguro llamar, puedes enviar un mensaje al 0477 13 11 14 (24 horas). Emergencias: 000.',
      fr: 'S’il n’est pas sûr d’appeler, vous pouvez texter le 0477 13 11 14 (24 h sur 24). Urgence : 000.',
    },
  },
  'au-kids-helpline': {
    caveat: {
      en: 'Ages 5 to 25. Free. Counsellors may contact child protection or emergency services if a child is being hurt or someone is at serious risk.',
      es: 'De 5 a 25 años. Gratuita. Quienes te atienden pueden avisar a protección infantil o a servicios de emergencia si un menor está sufriendo daño o alguien corre un riesgo grave.',
      fr: 'De 5 à 25 ans. Gratuit. Les intervenants peuvent contacter la protection de l’enfance ou les services d’urgence si un enfant subit des blessures ou si quelqu’un court un risque grave.',
    },
  },
  'au-13yarn': {
    caveat: {
      en: 'Crisis support by Aboriginal and Torres Strait Islander people.',
      es: 'Apoyo en crisis a cargo de personas aborígenes e isleñas del estrecho de Torres.',
      fr: 'Soutien en situation de crise par des personnes aborigènes et des îles du détroit de Torres.',
    },
  },
  'mx-linea-de-las-mujeres-079': {
    caveat: {
      en: 'Dial 079 and choose option 1. Legal and emotional support. Not an emergency line: in danger, call 911.',
      es: 'Marca 079 y elige la opción 1. Orientación legal y apoyo emocional. No es una línea de emergencias: si estás en peligro, llama al 911.',
      fr: 'Composez le 079 et choisissez l’option 1. Soutien juridique et émotionnel. Ce n’est pas une ligne d’urgence : en cas de danger, appelez le 911.',
    },
  },
  'mx-cdmx-linea-sos-mujeres-765': {
    caveat: {
      en: 'Mexico City only. Calls go to the city’s emergency centre (C5): where a life is at risk, police and ambulances are sent.',
      es: 'Solo en la Ciudad de México. Las llamadas llegan al C5, el centro de emergencias de la ciudad: si hay una vida en riesgo, envían policía y ambulancia.',
      fr: 'Ville de Mexico seulement. Les appels vont au centre d’urgence de la ville (C5) : si une vie est en danger, la police et des ambulances sont envoyées.',
    },
  },
  'mx-consejo-ciudadano-linea-de-seguridad': {
    caveat: {
      en: 'Run by a citizens’ council, not the police. Free and confidential; also by WhatsApp at the same number.',
      es: 'La opera un consejo ciudadano, no la policía. Gratuita y confidencial; también por WhatsApp en el mismo número.',
      fr: 'Géré par un conseil citoyen, pas par la police. Gratuit et confidentiel; aussi par WhatsApp au même numéro.',
    },
  },
  'ie-112-999': {
    caveat: {
      en: '112 and 999 reach the same service. For domestic abuse, the Gardaí (police) come in a marked patrol car.',
      es: 'El 112 y el 999 llegan al mismo servicio. En casos de violencia doméstica, la Garda (policía) llega en una patrulla identificada.',
      fr: 'Le 112 et le 999 joignent le même service. Pour la violence conjugale, les Gardaí (la police) viennent dans une voiture de patrouille identifiée.',
    },
  },
  'ie-womens-aid-national-freephone-helpline': {
    caveat: {
      en: 'For women abused by a current or former partner; family and friends can call too.',
      es: 'Para mujeres maltratadas por su pareja o expareja; también pueden llamar familiares y amistades.',
      fr: 'Pour les femmes maltraitées par un partenaire actuel ou ancien; la famille et les amis peuvent aussi appeler.',
    },
  },
  'ie-pieta': {
    caveat: {
      en: 'No source after 2022 confirms this number: if it does not answer, call Samaritans on 116 123.',
      es: 'Ninguna fuente posterior a 2022 confirma este número: si no contestan, llama a Samaritans al 116 123.',
      fr: 'Aucune source après 2022 ne confirme ce numéro : s’il ne répond pas, appelez Samaritans au 116 123.',
    },
  },
  'nz-womens-refuge-crisisline': {
    caveat: {
      en: 'You are put through to an advocate at your local Refuge. Emergency: 111.',
      es: 'Te comunican con una persona de apoyo del refugio de tu zona. Emergencias: 111.',
      fr: 'On vous met en lien avec une intervenante de votre Refuge local. Urgence : 111.',
    },
  },
  'nz-1737-need-to-talk': {
    caveat: {
      en: 'Call or text. Trained counsellors; not the police.',
      es: 'Llamada o mensaje. Consejeros capacitados; no es la policía.',
      fr: 'Appel ou texto. Intervenants formés; ce n’est pas la police.',
    },
  },
  'es-016': {
    caveat: {
      en: 'Free and does not show on the phone bill, but the call may stay in the phone’s call log: delete it after calling. Emergencies are passed to 112.',
      es: 'Es gratuito y no aparece en la factura, pero la llamada puede quedar en el registro del teléfono: bórrala después de llamar. Las emergencias se pasan al 112.',
      fr: 'Gratuit et ne paraît pas sur la facture de téléphone, mais l’appel peut rester dans l’historique d’appels du téléphone : effacez-le après l’appel. Les urgences sont transférées au 112.',
    },
  },
  'es-024': {
    caveat: {
      en: 'Free and anonymous. If a suicide is in progress, emergency services are alerted.',
      es: 'Gratuita y anónima. Si hay un suicidio en curso, se avisa a los servicios de emergencia.',
      fr: 'Gratuit et anonyme. Si un suicide est en cours, les services d’urgence sont avertis.',
    },
  },
  'es-anar': {
    caveat: {
      en: 'For children and teenagers. Free, and does not show on the bill. Confidential unless someone’s life is in danger: serious cases are reported to the police or child protection.',
      es: 'Para niños, niñas y adolescentes. Gratuita y no aparece en la factura. Confidencial salvo que la vida de alguien esté en peligro: los casos graves se comunican a la policía o a protección de menores.',
      fr: 'Pour les enfants et les ados. Gratuit, et ne paraît pas sur la facture. Confidentiel, sauf si la vie de quelqu’un est en danger : les cas graves sont signalés à la police ou à la protection de l’enfance.',
    },
  },
  'es-policia-nacional-trata': {
    caveat: {
      en: 'This is the police (Policía Nacional). You can report anonymously; the call does not appear on the phone bill.',
      es: 'Es la policía (Policía Nacional). Puedes denunciar de forma anónima; la llamada no aparece en la factura.',
      fr: 'C’est la police (Policía Nacional). Vous pouvez faire un signalement anonyme; l’appel ne paraît pas sur la facture de téléphone.',
    },
  },
  'ar-linea-145-trata': {
    caveat: {
      en: 'Free and anonymous. Reports go to the Ministry of Justice and federal prosecutors (PROTEX) and can lead to police raids.',
      es: 'Gratuita y anónima. Las denuncias llegan al Ministerio de Justicia y a la fiscalía federal (PROTEX) y pueden llevar a allanamientos policiales.',
      fr: 'Gratuit et anonyme. Les signalements vont au ministère de la Justice et aux procureurs fédéraux (PROTEX) et peuvent mener à des descentes de police.',
    },
  },
  'ar-linea-144': {
    caveat: {
      en: 'For women and LGBTI+ people. Not an emergency line: if you are at risk, call 911.',
      es: 'Para mujeres y personas LGBTI+. No es una línea de emergencias: si estás en riesgo, llama al 911.',
      fr: 'Pour les femmes et les personnes LGBTI+. Ce n’est pas une ligne d’urgence : si vous êtes en danger, appelez le 911.',
    },
  },
  'co-123': {
    caveat: {
      en: 'This is the police (Policía Nacional).',
      es: 'Es la policía (Policía Nacional).',
      fr: 'C’est la police (Policía Nacional).',
    },
  },
  'co-linea-155': {
    caveat: {
      en: 'Answered by agents of the Policía Nacional. They can transfer you to 123 (police) or 122 (criminal complaints) without hanging up.',
      es: 'La atienden agentes de la Policía Nacional. Pueden transferirte al 123 (policía) o al 122 (denuncias) sin colgar.',
      fr: 'Les appels sont pris par des agents de la Policía Nacional. Ils peuvent vous transférer au 123 (police) ou au 122 (plaintes au criminel) sans raccrocher.',
    },
  },
  'co-bogota-linea-106': {
    caveat: {
      en: 'Bogotá only. Psychologists of the city’s health department.',
      es: 'Solo en Bogotá. Psicólogos de la Secretaría de Salud.',
      fr: 'Bogotá seulement. Psychologues du département de la santé de la ville.',
    },
  },
  'cl-133-carabineros': {
    hours: {
      en: 'Our sources do not confirm that it answers around the clock.',
      es: 'Nuestras fuentes no confirman que atienda las 24 horas.',
      fr: 'Nos sources ne confirment pas que la ligne répond 24 h sur 24.',
    },
    caveat: {
      en: 'This is the police (Carabineros).',
      es: 'Es la policía (Carabineros).',
      fr: 'C’est la police (Carabineros).',
    },
  },
  'cl-134-pdi': {
    caveat: {
      en: 'This is the police (PDI), which has a unit that investigates trafficking.',
      es: 'Es la policía (PDI), que tiene una brigada que investiga la trata de personas.',
      fr: 'C’est la police (PDI), qui a une unité qui enquête sur la traite de personnes.',
    },
  },
  'cl-linea-4141': {
    caveat: {
      en: 'Psychologists. In urgent cases they work with emergency services and the police (Carabineros).',
      es: 'Psicólogos. En casos urgentes coordinan con servicios de emergencia y la policía (Carabineros).',
      fr: 'Psychologues. Dans les cas urgents, ils travaillent avec les services d’urgence et la police (Carabineros).',
    },
  },
  'pe-105-pnp': {
    caveat: {
      en: 'This is the police (Policía Nacional del Perú). For family violence, a patrol car is sent to the home.',
      es: 'Es la policía (Policía Nacional del Perú). En casos de violencia familiar, envían un patrullero a la casa.',
      fr: 'C’est la police (Policía Nacional del Perú). Pour la violence familiale, une voiture de patrouille est envoyée au domicile.',
    },
  },
  'pe-linea-100': {
    caveat: {
      en: 'Free. Cases are referred to women’s centres and the police. The line gets many prank calls: if it is busy, try again.',
      es: 'Gratuita. Los casos se derivan a los Centros Emergencia Mujer y a la policía. La línea recibe muchas llamadas falsas: si está ocupada, vuelve a intentar.',
      fr: 'Gratuit. Les cas sont dirigés vers des centres pour femmes et vers la police. La ligne reçoit beaucoup d’appels de plaisantins : si c’est occupé, réessayez.',
    },
  },
  'pe-linea-1818-mininter': {
    caveat: {
      en: 'Complaints line of the Ministry of the Interior, which is in charge of the police. Which menu option is for trafficking is not confirmed.',
      es: 'Central de denuncias del Ministerio del Interior, del que depende la policía. No está confirmado qué opción del menú es para trata.',
      fr: 'Ligne de plaintes du ministère de l’Intérieur, qui est responsable de la police. On ne sait pas avec certitude quelle option du menu sert pour la traite de personnes.',
    },
  },
  'pe-linea-113-opcion-5': {
    caveat: {
      en: 'Dial 113 and choose option 5 (mental health). Free and confidential.',
      es: 'Marca 113 y elige la opción 5 (salud mental). Gratuita y confidencial.',
      fr: 'Composez le 113 et choisissez l’option 5 (santé mentale). Gratuit et confidentiel.',
    },
  },
  'sv-911-pnc': {
    caveat: {
      en: 'This is the police emergency system (PNC).',
      es: 'Es el sistema de emergencias de la policía (PNC).',
      fr: 'C’est le système d’urgence de la police (PNC).',
    },
  },
  'sv-126-isdemu': {
    caveat: {
      en: 'The only source is from about 2020: if it does not answer, call 911.',
      es: 'La única fuente es de alrededor de 2020: si no contestan, llama al 911.',
      fr: 'La seule source date d’environ 2020 : si la ligne ne répond pas, appelez le 911.',
    },
  },
  'hn-linea-114': {
    caveat: {
      en: 'This is a police line: a call sends the nearest police unit, and the aggressor is detained if present.',
      es: 'Es una línea de la policía: la llamada envía a la unidad policial más cercana, y si el agresor está presente lo detienen.',
      fr: 'C’est une ligne de la police : un appel envoie l’unité de police la plus proche, et l’agresseur est détenu s’il est présent.',
    },
  },
  'do-linea-vida-211': {
    caveat: {
      en: 'Run by the Procuraduría General (public prosecutors): free and anonymous; cases may be referred to the authorities. The number changed to *211 in November 2025.',
      es: 'La opera la Procuraduría General: gratuita y anónima; los casos pueden derivarse a las autoridades. El número cambió a *211 en noviembre de 2025.',
      fr: 'Géré par la Procuraduría General (les procureurs publics) : gratuit et anonyme; les cas peuvent être transmis aux autorités. Le numéro est devenu *211 en novembre 2025.',
    },
  },
  'ph-911': {
    caveat: {
      en: 'Takes reports of violence against women and children. Physical abuse or immediate danger is passed to the police (PNP).',
      es: 'Recibe reportes de violencia contra mujeres y menores. El maltrato físico o el peligro inmediato se pasa a la policía (PNP).',
      fr: 'Reçoit les signalements de violence contre les femmes et les enfants. La violence physique ou le danger immédiat sont transmis à la police (PNP).',
    },
  },
  'ph-1343-actionline': {
    caveat: {
      en: 'From outside Metro Manila you may need to dial 02 first (2011 information, not confirmed).',
      es: 'Desde fuera de Metro Manila puede que tengas que marcar antes el 02 (información de 2011, no confirmada).',
      fr: 'De l’extérieur de Metro Manila, vous devrez peut-être composer d’abord le 02 (information de 2011, non confirmée).',
    },
  },
  'ph-ncmh-crisis-hotline': {
    caveat: {
      en: 'Also for domestic and sexual abuse. High-risk callers are referred to hospitals.',
      es: 'También para violencia doméstica y sexual. Las personas en alto riesgo son derivadas a hospitales.',
      fr: 'Aussi pour la violence conjugale et les agressions sexuelles. Les personnes à risque élevé sont dirigées vers des hôpitaux.',
    },
  },
  'in-112-erss': {
    caveat: {
      en: 'Police, fire and ambulance.',
      es: 'Policía, bomberos y ambulancia.',
      fr: 'Police, pompiers et ambulance.',
    },
  },
  'in-181-women-helpline': {
    caveat: {
      en: 'Run by each state; linked to One Stop Centres (police, hospital, legal aid, shelter). If it does not answer, call 112.',
      es: 'La opera cada estado; conectada con los One Stop Centres (policía, hospital, asesoría legal, refugio). Si no contestan, llama al 112.',
      fr: 'Gérée par chaque État; liée aux One Stop Centres (police, hôpital, aide juridique, refuge). Si la ligne ne répond pas, appelez le 112.',
    },
  },
  'in-1098-child-helpline': {
    caveat: {
      en: 'For any child in danger. Emergencies are passed to 112 and child protection.',
      es: 'Para cualquier menor en peligro. Las emergencias se pasan al 112 y a protección infantil.',
      fr: 'Pour tout enfant en danger. Les urgences sont transférées au 112 et à la protection de l’enfance.',
    },
  },
  'in-tele-manas-14416': {
    caveat: {
      en: 'Choose your language in the menu. They may call you back: answer only if it is safe.',
      es: 'Elige tu idioma en el menú. Pueden devolverte la llamada: contesta solo si es seguro.',
      fr: 'Choisissez votre langue dans le menu. On pourrait vous rappeler : répondez seulement si c’est sans danger.',
    },
  },
  'hn-911': {
    hours: {
      en: 'Our sources do not confirm that it answers around the clock.',
      es: 'Nuestras fuentes no confirman que atienda las 24 horas.',
      fr: 'Nos sources ne confirment pas que la ligne répond 24 h sur 24.',
    },
  },
};
