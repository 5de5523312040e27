"""Fill the English catalogue and the Spanish plural forms in resources/translations/*.ts.

Spanish is the source language; the Spanish catalogue only needs plural forms. Run after
`make lupdate` when new strings appear; translations already in the .ts files are kept,
and strings this table does not know are reported, not invented.
"""
from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "resources" / "translations"
# More entries, one module per area of the app (each defines ENGLISH and may define
# SPANISH_PLURALS), so work on separate areas never edits the same table.
AREAS = Path(__file__).resolve().parent / "english"

ENGLISH = {
    "hoy, %1": "today, %1",
    "ayer, %1": "yesterday, %1",
    "d 'de' MMMM 'de' yyyy": "MMMM d, yyyy",
    "Foros": "Forums",
    "Temas": "Threads",
    "Nuevo tema": "New thread",
    "Escriba su respuesta. Se guarda mientras escribe y se enviará al sincronizar.":
        "Write your reply. It is saved as you type and sent at the next sync.",
    "Publicar respuesta": "Post reply",
    "Responder al tema": "Reply to the thread",
    "Todavía no hay foros en este equipo. Sincronice para recibirlos.":
        "There are no forums on this computer yet. Sync to receive them.",
    "Elija un tema de la lista para leerlo y responder.":
        "Choose a thread from the list to read it and reply.",
    "Este tema está cerrado: se puede leer, pero ya no recibe respuestas.":
        "This thread is closed: you can read it, but it takes no more replies.",
    "en respuesta a %1": "in reply to %1",
    "Pendiente de envío: se publicará en la próxima sincronización.":
        "Waiting to be sent: it will be published at the next sync.",
    "No se pudo publicar: %1": "Could not be published: %1",
    "Copiar el texto": "Copy the text",
    "Responder a este mensaje": "Reply to this message",
    "Texto copiado. Puede pegarlo en una nueva respuesta o en otro tema.":
        "Text copied. You can paste it into a new reply or another thread.",
    "Respondiendo a %1": "Replying to %1",
    "Su respuesta al tema": "Your reply to the thread",
    "No se pudo publicar": "Could not be published",
    "Falta algo": "Something is missing",
    "Conversaciones recientes": "Recent conversations",
    "Buenos días, %1": "Good morning, %1",
    "Buenas tardes, %1": "Good afternoon, %1",
    "Buenas noches, %1": "Good evening, %1",
    "Tiene %n escritos esperando para enviarse. Se enviarán solos cuando haya conexión.": (
        "You have %n piece of writing waiting to be sent. It will go by itself when there "
        "is a connection.",
        "You have %n pieces of writing waiting to be sent. They will go by themselves when "
        "there is a connection."),
    "Todo lo que escribió ya está enviado.": "Everything you wrote has been sent.",
    "Última sincronización: %1.": "Last sync: %1.",
    "Aún no ha sincronizado en este equipo.": "You have not synced on this computer yet.",
    "Todavía no hay conversaciones en este equipo. Cuando sincronice, aquí verá lo último de "
    "los foros.": "There are no conversations on this computer yet. After you sync, the "
                  "latest from the forums will appear here.",
    "Minka — %1": "Minka — %1",
    "Inicio": "Home",
    "Curso": "Course",
    "Repositorio": "Repository",
    "Grupos": "Groups",
    "Sincronizar ahora": "Sync now",
    "&Minka": "&Minka",
    "Sincronizar sola cuando haya conexión": "Sync by itself when there is a connection",
    "Desactívelo si usa datos del celular y prefiere sincronizar solo cuando usted lo pida.":
        "Turn this off if you use mobile data and prefer to sync only when you ask.",
    "Idioma": "Language",
    "Salir": "Quit",
    "Última sincronización: %1": "Last sync: %1",
    "Aún no ha sincronizado": "Not synced yet",
    "%n escritos pendientes de envío": ("%n item waiting to be sent",
                                        "%n items waiting to be sent"),
    "Nada pendiente de envío": "Nothing waiting to be sent",
    "La fecha u hora de esta computadora no coincide con la del servidor. Minka usa la hora "
    "del servidor para ordenar los mensajes, pero conviene corregirla.":
        "This computer's date or time does not match the server's. Minka orders messages "
        "by the server's time, but it is worth correcting.",
    "revise la hora del equipo": "check this computer's clock",
    "Sincronizando…": "Syncing…",
    "Conexión inestable, reintentando…": "Unstable connection, trying again…",
    "%1 enviados · %2 recibidos": "%1 sent · %2 received",
    "Conectado": "Connected",
    "Sincronización completa: %1 enviados, %2 recibidos (%3).":
        "Sync complete: %1 sent, %2 received (%3).",
    "%n escritos no se pudieron publicar; verá el motivo junto a cada uno.": (
        "%n item could not be published; you will see why next to it.",
        "%n items could not be published; you will see why next to each one."),
    "Sin conexión": "Offline",
    "No se pudo sincronizar": "Could not sync",
    "Vuelva a ingresar": "Please sign in again",
    "Puede seguir leyendo y escribiendo. Minka enviará todo cuando vuelva la conexión.":
        "You can keep reading and writing. Minka will send everything when the connection "
        "returns.",
    "El cambio de idioma se aplicará la próxima vez que abra Minka.":
        "The new language will apply the next time you open Minka.",
    "Nuevo tema en «%1»": "New thread in “%1”",
    "Por ejemplo: ¿Cómo organizaron su primera tertulia dialógica?":
        "For example: How did you organise your first dialogic literary gathering?",
    "Escriba aquí su mensaje. Puede usar **negrita**, listas con guiones y enlaces.":
        "Write your message here. You can use **bold**, lists with dashes, and links.",
    "Puede escribir sin conexión: el tema se enviará en la próxima sincronización.":
        "You can write offline: the thread will be sent at the next sync.",
    "Título": "Title",
    "Mensaje": "Message",
    "Publicar tema": "Post thread",
    "Aquí tendrá su curso completo en este equipo: los módulos y lecciones de la "
    "Especialización en Innovación Educativa y Comunidades de Aprendizaje, las lecturas, y "
    "sus trabajos para entregar, que podrá escribir sin conexión y enviar cuando sincronice."
    "\n\nEsta sección está en preparación y llegará en una próxima versión de Minka.":
        "Here you will have your whole course on this computer: the modules and lessons of "
        "the Specialisation in Educational Innovation and Learning Communities, the "
        "readings, and your assignments, which you can write offline and send when you "
        "sync.\n\nThis section is being prepared and will come in a future version of Minka.",
    "Aquí podrá buscar entre las publicaciones de la red (guías, investigaciones, normas y "
    "experiencias sistematizadas), descargar las que necesite para leerlas sin internet y "
    "proponer documentos propios.\n\nEsta sección está en preparación y llegará en una "
    "próxima versión de Minka.":
        "Here you will search the network's publications (guides, research, regulations "
        "and documented practices), download the ones you need to read them offline, and "
        "propose your own documents.\n\nThis section is being prepared and will come in a "
        "future version of Minka.",
    "Aquí estarán los grupos de trabajo cerrados a los que pertenece y los debates de la "
    "red, que terminan en propuestas publicadas.\n\nMientras tanto, puede conversar con sus "
    "colegas en la sección Foros.":
        "Here you will find the closed working groups you belong to and the network's "
        "debates, which end in published proposals.\n\nMeanwhile, you can talk with your "
        "colleagues in the Forums section.",
    "Ingresar a Minka": "Sign in to Minka",
    "Ingrese una sola vez con la cuenta que le dio su formador o formadora. Después, Minka "
    "abrirá sin pedirle nada, aunque no tenga internet.":
        "Sign in once with the account your facilitator gave you. After that, Minka opens "
        "without asking, even without internet.",
    "por ejemplo: rosa.quispe": "for example: rosa.quispe",
    "Servidor": "Server",
    "Usuario": "Username",
    "Contraseña": "Password",
    "Ingresar": "Sign in",
    "%n respuestas": ("%n reply", "%n replies"),
    "%n temas": ("%n thread", "%n threads"),
    "Pendiente de envío": "Waiting to be sent",
    "Participante": "Participant",
    # Mensajes
    "No se pudo llegar al servidor. Revise su conexión a internet; Minka volverá a "
    "intentarlo sola cuando haya señal.":
        "The server could not be reached. Check your internet connection; Minka will try "
        "again by itself when there is signal.",
    "La conexión es muy lenta y el servidor no respondió a tiempo. Minka volverá a "
    "intentarlo; nada de lo escrito se pierde.":
        "The connection is very slow and the server did not answer in time. Minka will try "
        "again; nothing you wrote is lost.",
    "El servidor tuvo un problema pasajero. Minka volverá a intentarlo en unos minutos.":
        "The server had a passing problem. Minka will try again in a few minutes.",
    "La red respondió con una página que no es de Minka (puede ser la página de ingreso de "
    "la cabina o del wifi). Abra el navegador, acepte las condiciones de la red y vuelva a "
    "sincronizar.":
        "The network answered with a page that is not Minka's (perhaps the sign-in page of "
        "the internet point or the wifi). Open the browser, accept the network's terms and "
        "sync again.",
    "Este equipo ya no tiene permiso para sincronizar con su cuenta. Vuelva a ingresar con "
    "su usuario y contraseña; sus escritos pendientes se conservan.":
        "This computer may no longer sync with your account. Sign in again with your "
        "username and password; your pending writing is kept.",
    "El servidor no aceptó la solicitud. Puede que Minka necesite actualizarse; avise a su "
    "formador o formadora.":
        "The server did not accept the request. Minka may need an update; let your "
        "facilitator know.",
    "El servidor respondió de forma inesperada. Avise a su formador o formadora; sus "
    "escritos pendientes se conservan.":
        "The server answered unexpectedly. Let your facilitator know; your pending writing "
        "is kept.",
    "Sincronización detenida.": "Sync stopped.",
    "Ocurrió un error inesperado en Minka. Sus escritos se conservan. Si se repite, avise a "
    "su formador o formadora.":
        "Something unexpected went wrong in Minka. Your writing is kept. If it happens "
        "again, let your facilitator know.",
    "El usuario o la contraseña no son correctos. Revíselos e inténtelo otra vez.":
        "The username or password is not right. Check them and try again.",
    "Escriba la dirección del servidor.": "Write the server address.",
    "La dirección del servidor debe empezar con http:// o https://.":
        "The server address must start with http:// or https://.",
    "Escriba su usuario.": "Write your username.",
    "Escriba su contraseña.": "Write your password.",
    "Este perfil pertenece a otra persona. Para ingresar con otra cuenta, abra Minka con "
    "otro perfil.":
        "This profile belongs to someone else. To sign in with another account, open Minka "
        "with another profile.",
    "Primero ingrese con su usuario y contraseña.": "First sign in with your username and "
                                                    "password.",
    "Escriba un título para el tema.": "Write a title for the thread.",
    "El mensaje está vacío. Escriba algo antes de publicar.":
        "The message is empty. Write something before posting.",
    "El título es muy largo (máximo 200 caracteres).":
        "The title is too long (200 characters at most).",
    "El mensaje es muy largo (máximo 20 000 caracteres). Puede dividirlo en dos mensajes.":
        "The message is too long (20,000 characters at most). You can split it in two.",
    "El foro ya no existe en el servidor.": "The forum no longer exists on the server.",
    "El tema ya no existe en el servidor.": "The thread no longer exists on the server.",
    "El tema fue cerrado y ya no recibe respuestas.":
        "The thread was closed and takes no more replies.",
    "El mensaje al que respondía ya no está en el tema.":
        "The message you replied to is no longer in the thread.",
    "El servidor ya tenía un escrito con el mismo identificador.":
        "The server already had an item with the same identifier.",
    "No tiene permiso para publicar aquí.": "You may not post here.",
    "No se pudo completar la operación (código: %1).":
        "The operation could not be completed (code: %1).",
    # sync history and diagnostics
    "Historial de sincronización…": "Sync history…",
    "Historial de sincronización": "Sync history",
    "Cada vez que Minka intentó sincronizar: qué envió, qué recibió y, si no pudo, por qué. "
    "Si algo no funciona, exporte un diagnóstico y envíeselo a su formador o formadora.":
        "Every time Minka tried to sync: what it sent, what it received and, if it could "
        "not, why. If something does not work, export a diagnostic and send it to your "
        "facilitator.",
    "Cuándo": "When",
    "Resultado": "Result",
    "Enviados": "Sent",
    "Recibidos": "Received",
    "Datos usados": "Data used",
    "Exportar diagnóstico…": "Export diagnostic…",
    "Sin terminar (en curso, o Minka se cerró antes de acabar)":
        "Not finished (running, or Minka closed before the end)",
    "Completa": "Complete",
    "%n escritos no aceptados": ("%n item not accepted", "%n items not accepted"),
    "Incompleta: %1": "Not finished: %1",
    "Guardar diagnóstico": "Save diagnostic",
    "Archivo ZIP (*.zip)": "ZIP file (*.zip)",
    "Diagnóstico guardado en %1. No contiene su contraseña ni sus escritos.":
        "Diagnostic saved to %1. It contains neither your password nor your writing.",
    "No se pudo guardar el diagnóstico en ese lugar. Pruebe con otra carpeta o una memoria "
    "USB con espacio libre.":
        "The diagnostic could not be saved there. Try another folder or a USB drive with "
        "free space.",
    # the course
    "El disco de esta computadora está lleno y Minka no pudo guardar lo que llegó. Lo que "
    "usted escribió está a salvo. Libere espacio (por ejemplo, borrando descargas que ya no "
    "use) y vuelva a sincronizar.":
        "This computer's disk is full and Minka could not store what arrived. What you wrote "
        "is safe. Free some space (for example, delete downloads you no longer use) and sync "
        "again.",
    "Un archivo llegó dañado dos veces seguidas. Minka lo volverá a pedir en la próxima "
    "sincronización.": "A file arrived damaged twice in a row. Minka will ask for it again "
                       "at the next sync.",
    "Un archivo ya no está disponible en el servidor.": "A file is no longer on the server.",
    "Un archivo es más grande de lo que el servidor acepta.":
        "A file is larger than the server accepts.",
    "Un archivo adjunto cambió mientras se enviaba; Minka lo enviará de nuevo.":
        "An attached file changed while it was being sent; Minka will send it again.",
    "Archivo %1: %2 de %3": "File %1: %2 of %3",
    "Adjuntar archivo…": "Attach a file…",
    "llegará al sincronizar": "arrives at the next sync",
    "quitar": "remove",
    "Archivos:": "Files:",
    "El archivo «%1» llegará con la próxima sincronización.":
        "The file “%1” will arrive with the next sync.",
    "Puede adjuntar fotos, documentos o audio (hasta el límite del curso).":
        "You can attach photos, documents or audio (up to the course's limit).",
    "Adjuntar un archivo": "Attach a file",
    "Guardando una copia del archivo…": "Saving a copy of the file…",
    "No se encontró ese archivo. ¿Está en una memoria USB que se retiró?":
        "That file was not found. Is it on a USB drive that was removed?",
    "Minka no acepta ese tipo de archivo. Guarde su trabajo como PDF, documento de texto, "
    "hoja de cálculo, imagen o audio.":
        "Minka does not accept that type of file. Save your work as a PDF, text document, "
        "spreadsheet, image or audio.",
    "El archivo está vacío.": "The file is empty.",
    "El archivo es demasiado grande para este curso. Pruebe con una foto más pequeña o un "
    "PDF comprimido.": "The file is too large for this course. Try a smaller photo or a "
                       "compressed PDF.",
    "Publicar un aviso": "Post an announcement",
    "Nuevo aviso para el curso": "New announcement for the course",
    "Por ejemplo: Cambio de fecha de la tarea 2": "For example: New due date for assignment 2",
    "Publicar aviso": "Post announcement",
    "Puede escribir sin conexión: el aviso llegará a los participantes después de la próxima "
    "sincronización.": "You can write offline: the announcement will reach participants after "
                       "the next sync.",
    "Avisos del curso": "Course announcements",
    "Marcar como completada": "Mark as completed",
    "Escriba aquí su trabajo. Se guarda solo mientras escribe, aunque se apague la "
    "computadora.": "Write your work here. It saves itself as you type, even if the "
                    "computer switches off.",
    "Entregar": "Hand in",
    "Sus comentarios para el participante: qué logró, qué puede mejorar.":
        "Your comments for the participant: what they achieved, what they can improve.",
    "Calificación (por ejemplo: A, 16, Logrado)": "Grade (for example: A, 16, Achieved)",
    "Devolver con comentarios": "Return with comments",
    "Todavía no hay un curso en este equipo. Si ya está inscrito, sincronice para recibirlo; "
    "si no, consulte a su formador o formadora.":
        "There is no course on this computer yet. If you are enrolled, sync to receive it; "
        "if not, ask your facilitator.",
    "Tarea: %1": "Assignment: %1",
    "(%n por revisar)": ("(%n to review)", "(%n to review)"),
    "%1 de %2 lecciones completadas": "%1 of %2 lessons completed",
    "Aún no hay avisos.": "No announcements yet.",
    "Completada": "Completed",
    "Leída": "Read",
    "Sin leer": "Not read",
    "(en cola para enviar)": "(queued to send)",
    "(entregada)": "(handed in)",
    "(devuelta con comentarios)": "(returned with comments)",
    "(no aceptada)": "(not accepted)",
    "Archivos de esta lección: %1": "Files of this lesson: %1",
    "Lección completada": "Lesson completed",
    "El archivo llegará con la próxima sincronización del curso.":
        "The file will arrive with the course's next sync.",
    "Comentarios de su formador o formadora": "Comments from your facilitator",
    "Calificación: %1": "Grade: %1",
    "Lo que entregó": "What you handed in",
    "Entregar de nuevo": "Hand in again",
    "Sin fecha límite.": "No due date.",
    "La fecha límite ya pasó (%1).": "The due date has passed (%1).",
    "El curso todavía acepta entregas tardías.": "The course still accepts late work.",
    "El curso ya no acepta entregas para esta tarea.":
        "The course no longer accepts work for this assignment.",
    "Entregue pronto: la fecha límite es %1 (hora de esta computadora).":
        "Hand in soon: it is due %1 (this computer's time).",
    "Fecha límite: %1 (hora de esta computadora).": "Due: %1 (this computer's time).",
    "Aún no ha entregado. Su borrador se guarda en este equipo.":
        "Not handed in yet. Your draft is kept on this computer.",
    "En cola: se enviará en la próxima sincronización.":
        "Queued: it will be sent at the next sync.",
    "Entregada (%1). El servidor la recibió; espere los comentarios.":
        "Handed in (%1). The server received it; wait for the comments.",
    "Entregada.": "Handed in.",
    "Devuelta con comentarios. Esta tarea ya fue calificada.":
        "Returned with comments. This assignment has been graded.",
    "No fue aceptada: %1 Su texto se conserva abajo.":
        "Not accepted: %1 Your text is kept below.",
    "Por revisar": "To review",
    "Devuelta": "Returned",
    "Todavía no hay entregas de esta tarea en este equipo.":
        "No work handed in for this assignment on this computer yet.",
    "Entregada: %1": "Handed in: %1",
    "pendiente de envío": "waiting to be sent",
    "Sus comentarios": "Your comments",
    "Ya devolvió esta entrega.": "You already returned this work.",
    "El curso ya no está disponible para usted.": "The course is no longer available to you.",
    "La lección ya no está en el curso.": "The lesson is no longer in the course.",
    "La tarea ya no está en el curso.": "The assignment is no longer in the course.",
    "La entrega ya no está en el servidor.": "The submission is no longer on the server.",
    "La fecha límite ya había pasado cuando llegó al servidor, y el curso no acepta entregas "
    "tardías. Copie su texto y converse con su formador o formadora.":
        "The due date had passed when it reached the server, and the course does not accept "
        "late work. Copy your text and talk with your facilitator.",
    "Esta tarea ya fue calificada; no se puede entregar otra vez.":
        "This assignment has been graded; it cannot be handed in again.",
    "La entrega está vacía. Escriba su trabajo o adjunte un archivo.":
        "The submission is empty. Write your work or attach a file.",
    "Los archivos adjuntos superan el tamaño que permite el curso.":
        "The attached files are larger than the course allows.",
    "Falta subir un archivo adjunto; Minka lo intentará otra vez.":
        "An attached file has not been uploaded yet; Minka will try again.",
    "El trabajo es muy largo (máximo 100 000 caracteres).":
        "The work is too long (100,000 characters at most).",
    "Escriba sus comentarios antes de devolver la entrega.":
        "Write your comments before returning the work.",
    # the repository
    "No se pudo comprobar que el servidor es el de Minka porque la fecha u hora de esta "
    "computadora no es la correcta. Corrija la fecha y la hora (en la esquina de la "
    "pantalla) y vuelva a sincronizar; sus escritos pendientes se conservan.":
        "Minka could not check that the server is Minka's because this computer's date or "
        "time is wrong. Correct the date and time (in the corner of the screen) and sync "
        "again; your pending writing is kept.",
    "No se pudo comprobar que quien responde es el servidor de Minka. Si está en una cabina "
    "o un wifi público, abra el navegador y acepte las condiciones de la red; si no, revise "
    "la dirección del servidor.":
        "Minka could not check that the server answering is Minka's. If you are at an "
        "internet café or on public wifi, open the browser and accept the network's terms; "
        "otherwise, check the server address.",
    "Esta dirección no usa conexión segura (https): su contraseña y lo que escriba "
    "viajarían sin protección por la red. Úsela solo si su formador o formadora se lo "
    "indicó.":
        "This address does not use a secure connection (https): your password and what "
        "you write would travel unprotected over the network. Use it only if your "
        "facilitator told you to.",
    "Escriba el título del documento.": "Write the document's title.",
    "Elija de qué tipo es el documento.": "Choose what kind of document it is.",
    "El año debe estar entre 1900 y 2100, o quedar «sin año».":
        "The year must be between 1900 and 2100, or left as “no year”.",
    "Revise los autores: hasta 20 nombres, separados por punto y coma, de no más de 200 "
    "caracteres cada uno.": "Check the authors: up to 20 names, separated by semicolons, "
                            "of at most 200 characters each.",
    "Revise los temas: hasta 12, separados por punto y coma, de no más de 200 caracteres "
    "cada uno.": "Check the themes: up to 12, separated by semicolons, of at most 200 "
                 "characters each.",
    "El resumen es muy largo (máximo 5000 caracteres).":
        "The summary is too long (5,000 characters at most).",
    "Elija el idioma del documento.": "Choose the document's language.",
    "La región, la fuente y la licencia admiten hasta 200 caracteres.":
        "The region, source and licence take up to 200 characters.",
    "Revise los datos del documento.": "Check the document's details.",
    "Escriba el motivo: quien propuso el documento lo leerá.":
        "Write the reason: the person who proposed the document will read it.",
    "El motivo es muy largo (máximo 1000 caracteres).":
        "The reason is too long (1,000 characters at most).",
    "Solo los formadores, las formadoras y los administradores pueden revisar propuestas.":
        "Only facilitators and administrators can review proposals.",
    "El documento ya no está en el repositorio.": "The document is no longer in the repository.",
    "Este documento no tiene archivo para descargar.":
        "This document has no file to download.",
    "Este documento ya se está descargando.": "This document is already downloading.",
    "La propuesta ya no está en el servidor.": "The proposal is no longer on the server.",
    "Otra persona ya decidió sobre esta propuesta.":
        "Someone else has already decided on this proposal.",
    "Proponer un documento": "Propose a document",
    "Comparta con la red una guía, una investigación o una experiencia de su institución. "
    "Un formador o formadora revisará su propuesta antes de publicarla en el repositorio. "
    "Puede hacerlo sin conexión: la propuesta se enviará en la próxima sincronización.\n\n"
    "Solo el archivo y el título son obligatorios.":
        "Share a guide, a study or an experience from your institution with the network. A "
        "facilitator will review your proposal before publishing it in the repository. You "
        "can do this offline: the proposal will be sent at the next sync.\n\nOnly the file "
        "and the title are required.",
    "Ningún archivo elegido": "No file chosen",
    "Elegir archivo…": "Choose file…",
    "Por ejemplo: Tertulias pedagógicas en la red de Pitumarca":
        "For example: Pedagogical gatherings in the Pitumarca network",
    "Separe los nombres con punto y coma (;)": "Separate the names with semicolons (;)",
    "Sin año": "No year",
    "Por ejemplo: tertulias; participación de las familias":
        "For example: gatherings; family participation",
    "De qué trata, para quién es útil.": "What it is about, who it is useful for.",
    "Institución o publicación de origen": "Institution or publication it comes from",
    "Por ejemplo: CC BY 4.0, o «con permiso de la UGEL»":
        "For example: CC BY 4.0, or “with the UGEL's permission”",
    "Archivo": "File",
    "Autores": "Authors",
    "Tipo": "Type",
    "Año": "Year",
    "Región": "Region",
    "Resumen": "Summary",
    "Fuente": "Source",
    "Licencia": "Licence",
    "Enviar propuesta": "Send proposal",
    "Elegir el documento": "Choose the document",
    "Elija el archivo del documento.": "Choose the document's file.",
    "Guía": "Guide",
    "Investigación": "Research",
    "Informe": "Report",
    "Norma": "Regulation",
    "Sistematización": "Systematised practice",
    "Video": "Video",
    "Artículo": "Article",
    "Libro": "Book",
    "Presentación": "Presentation",
    "Otro": "Other",
    "Castellano": "Spanish",
    "Quechua": "Quechua",
    "Aimara": "Aymara",
    "Inglés": "English",
    "El disco de esta computadora está lleno y el documento no cabe. Minka borró la parte "
    "descargada; nada más se perdió. Libere espacio (por ejemplo, quitando documentos que "
    "ya no use) y vuelva a descargarlo.":
        "This computer's disk is full and the document does not fit. Minka deleted the part "
        "that had arrived; nothing else was lost. Free some space (for example, by removing "
        "documents you no longer use) and download it again.",
    "El servidor ya no tiene este archivo.": "The server no longer has this file.",
    "Sin conexión: la descarga continuará donde quedó cuando vuelva la señal. Pulse "
    "«Descargar» para intentarlo otra vez.":
        "No connection: the download will go on from where it stopped when the signal "
        "returns. Press “Download” to try again.",
    "Disponible sin conexión": "Available offline",
    "Buscar": "Search",
    "Mis propuestas": "My proposals",
    "Propuestas por revisar": "Proposals to review",
    "Buscar por título, autor, tema o palabras del documento…":
        "Search by title, author, theme or words in the document…",
    "cualquiera": "any",
    "Quitar filtros": "Clear filters",
    "Años:": "Years:",
    "Descargar": "Download",
    "Cancelar": "Cancel",
    "Abrir": "Open",
    "Mantener sin conexión": "Keep offline",
    "Minka guardará este documento en el equipo y no lo borrará para liberar espacio.":
        "Minka will keep this document on this computer and will not delete it to free "
        "space.",
    "Quitar de este equipo": "Remove from this computer",
    "Abrir el archivo": "Open the file",
    "Si no la acepta, explique el motivo a quien la propuso (por ejemplo: el archivo no se "
    "puede abrir, o el documento ya está en el repositorio).":
        "If you do not accept it, explain why to the person who proposed it (for example: "
        "the file cannot be opened, or the document is already in the repository).",
    "Publicar en el repositorio": "Publish in the repository",
    "No aceptar": "Do not accept",
    "Todos los tipos": "All types",
    "Todos los temas": "All themes",
    "Todas las regiones": "All regions",
    "Ningún documento coincide. Pruebe con otras palabras o quite filtros.":
        "No document matches. Try other words or clear the filters.",
    "El repositorio aún no tiene documentos en este equipo. Sincronice para recibirlos.":
        "The repository has no documents on this computer yet. Sync to receive them.",
    "%n documentos": ("%n document", "%n documents"),
    "Documentos guardados en este equipo: %1": "Documents kept on this computer: %1",
    "Elija un documento de la lista para ver su ficha.":
        "Choose a document from the list to see its details.",
    "Código": "Code",
    "Origen": "Origin",
    "Propuesto por un miembro de la red": "Proposed by a member of the network",
    "Este documento solo tiene ficha; no tiene archivo.":
        "This document has a catalogue entry only; it has no file.",
    "se mantiene en este equipo": "kept on this computer",
    "Descargando… %1 %": "Downloading… %1%",
    "Descarga sin terminar (%1 %): continuará sola.":
        "Download not finished (%1%): it will go on by itself.",
    "Sin descargar": "Not downloaded",
    "Descárguelo para leerlo sin conexión.": "Download it to read it offline.",
    "Continuar la descarga": "Continue the download",
    "Mantenido sin conexión": "Kept offline",
    "El archivo se conserva porque otra parte de Minka lo usa todavía.":
        "The file is kept because another part of Minka still uses it.",
    "Pendiente de envío: se enviará en la próxima sincronización.":
        "Waiting to be sent: it will go at the next sync.",
    "Usted decidió publicarla; se enviará en la próxima sincronización.":
        "You decided to publish it; it will be sent at the next sync.",
    "Usted decidió no aceptarla; se enviará en la próxima sincronización.":
        "You decided not to accept it; it will be sent at the next sync.",
    "No se pudo enviar: %1 Su ficha y su archivo se conservan en este equipo.":
        "Could not be sent: %1 Its details and its file are kept on this computer.",
    "Publicada en el repositorio.": "Published in the repository.",
    "No aceptada: %1": "Not accepted: %1",
    "Pendiente de revisión por un formador o formadora.": "Waiting for a facilitator's review.",
    "Todavía no ha propuesto documentos. Use «Proponer un documento» para compartir uno con "
    "la red.": "You have not proposed any documents yet. Use “Propose a document” to share "
               "one with the network.",
    "Propuestas por revisar (%1)": "Proposals to review (%1)",
    "No hay propuestas esperando su revisión.": "No proposals are waiting for your review.",
    "Propuesto por": "Proposed by",
    "Su decisión no se registró: %1": "Your decision was not recorded: %1",
    "Decisión guardada: se enviará en la próxima sincronización.":
        "Decision saved: it will be sent at the next sync.",
    "Trayendo el archivo…": "Fetching the file…",
    ("Para hacer espacio en el disco se quitaron de este equipo %n documentos "
     "descargados que no estaban marcados «Mantener sin conexión». Puede "
     "descargarlos de nuevo cuando tenga conexión."): (
        "To make room on the disk, %n downloaded document not marked “Keep offline” was "
        "removed from this computer. You can download it again when you are online.",
        "To make room on the disk, %n downloaded documents not marked “Keep offline” were "
        "removed from this computer. You can download them again when you are online."),
}

SPANISH_PLURALS = {
    "%n documentos": ("%n documento", "%n documentos"),
    "(%n por revisar)": ("(%n por revisar)", "(%n por revisar)"),
    "%n escritos no aceptados": ("%n escrito no aceptado", "%n escritos no aceptados"),
    "Tiene %n escritos esperando para enviarse. Se enviarán solos cuando haya conexión.": (
        "Tiene %n escrito esperando para enviarse. Se enviará solo cuando haya conexión.",
        "Tiene %n escritos esperando para enviarse. Se enviarán solos cuando haya conexión."),
    "%n escritos pendientes de envío": ("%n escrito pendiente de envío",
                                        "%n escritos pendientes de envío"),
    "%n escritos no se pudieron publicar; verá el motivo junto a cada uno.": (
        "%n escrito no se pudo publicar; verá el motivo junto a él.",
        "%n escritos no se pudieron publicar; verá el motivo junto a cada uno."),
    ("Para hacer espacio en el disco se quitaron de este equipo %n documentos "
     "descargados que no estaban marcados «Mantener sin conexión». Puede "
     "descargarlos de nuevo cuando tenga conexión."): (
        "Para hacer espacio en el disco se quitó de este equipo %n documento descargado "
        "que no estaba marcado «Mantener sin conexión». Puede descargarlo de nuevo cuando "
        "tenga conexión.",
        "Para hacer espacio en el disco se quitaron de este equipo %n documentos "
        "descargados que no estaban marcados «Mantener sin conexión». Puede "
        "descargarlos de nuevo cuando tenga conexión."),
    "%n respuestas": ("%n respuesta", "%n respuestas"),
    "%n temas": ("%n tema", "%n temas"),
}


def _load_areas() -> None:
    for module_path in sorted(AREAS.glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"english_{module_path.stem}",
                                                      module_path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        ENGLISH.update(getattr(module, "ENGLISH", {}))
        SPANISH_PLURALS.update(getattr(module, "SPANISH_PLURALS", {}))


_load_areas()


def fill(path: Path, language: str) -> list[str]:
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", language)
    root.set("sourcelanguage", "es")
    unknown = []
    for message in root.iter("message"):
        source = message.find("source").text or ""
        target = message.find("translation")
        plural = message.get("numerus") == "yes"
        value = (ENGLISH if language == "en" else SPANISH_PLURALS).get(source)
        if value is None:
            if language == "en":
                unknown.append(source)
            elif not plural:
                # Spanish is the source: the text is its own translation.
                target.text = source
                target.attrib.pop("type", None)
            continue
        target.attrib.pop("type", None)
        if plural:
            for child in list(target):
                target.remove(child)
            for form in value:
                ET.SubElement(target, "numerusform").text = form
        else:
            target.text = value
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return unknown


if __name__ == "__main__":
    missing = fill(ROOT / "minka_en.ts", "en")
    fill(ROOT / "minka_es.ts", "es")
    for text in missing:
        print(f"no English for: {text!r}", file=sys.stderr)
    sys.exit(1 if missing else 0)
