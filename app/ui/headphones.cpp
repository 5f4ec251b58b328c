// SPDX-License-Identifier: GPL-3.0-or-later
#include "headphones.h"

#include <QStringList>

#include <alsa/asoundlib.h>

#include <memory>

namespace Headphones {
namespace {

struct CtlCloser {
    void operator()(snd_ctl_t *ctl) const { snd_ctl_close(ctl); }
};

/// One card: a USB headset, or the state of its headphone sockets (-1: it has none).
int cardHeadphones(snd_ctl_t *ctl, QString *cardName)
{
    snd_ctl_card_info_t *info = nullptr;
    snd_ctl_card_info_alloca(&info);
    if (snd_ctl_card_info(ctl, info) == 0) {
        *cardName = QString::fromLocal8Bit(snd_ctl_card_info_get_name(info));
        if (qstrcmp(snd_ctl_card_info_get_driver(info), "USB-Audio") == 0)
            return 1;
    }
    snd_ctl_elem_list_t *list = nullptr;
    snd_ctl_elem_list_alloca(&list);
    if (snd_ctl_elem_list(ctl, list) < 0)
        return -1;
    const unsigned int count = snd_ctl_elem_list_get_count(list);
    if (count == 0 || snd_ctl_elem_list_alloc_space(list, count) < 0)
        return -1;
    int result = -1;
    if (snd_ctl_elem_list(ctl, list) == 0) {
        snd_ctl_elem_id_t *id = nullptr;
        snd_ctl_elem_id_alloca(&id);
        snd_ctl_elem_value_t *value = nullptr;
        snd_ctl_elem_value_alloca(&value);
        for (unsigned int i = 0; i < snd_ctl_elem_list_get_used(list) && result != 1; ++i) {
            if (snd_ctl_elem_list_get_interface(list, i) != SND_CTL_ELEM_IFACE_CARD)
                continue;
            // "Headphone Jack", "Front Headphone Jack", "Headphone Mic Jack", "Headset Mic Jack".
            const QByteArray name(snd_ctl_elem_list_get_name(list, i));
            if (!(name.contains("Headphone") || name.contains("Headset")) || !name.endsWith("Jack"))
                continue;
            snd_ctl_elem_list_get_id(list, i, id);
            snd_ctl_elem_value_set_id(value, id);
            if (snd_ctl_elem_read(ctl, value) < 0)
                continue;
            result = snd_ctl_elem_value_get_boolean(value, 0) ? 1 : 0;
        }
    }
    snd_ctl_elem_list_free_space(list);
    return result;
}

} // namespace

Reading read()
{
    Reading reading;
    QStringList empty;
    int card = -1;
    int cards = 0;
    while (snd_card_next(&card) == 0 && card >= 0) {
        ++cards;
        snd_ctl_t *raw = nullptr;
        if (snd_ctl_open(&raw, QByteArray("hw:" + QByteArray::number(card)).constData(), SND_CTL_NONBLOCK) < 0)
            continue;
        const std::unique_ptr<snd_ctl_t, CtlCloser> ctl(raw);
        QString name = QStringLiteral("card %1").arg(card);
        const int state = cardHeadphones(ctl.get(), &name);
        if (state == 1) {
            reading.connected = true;
            reading.detail = QStringLiteral("headphones on %1").arg(name);
            return reading;
        }
        if (state == 0)
            empty << name;
    }
    if (cards == 0)
        reading.detail = QStringLiteral("no sound card");
    else if (!empty.isEmpty())
        reading.detail = QStringLiteral("headphone socket empty on %1").arg(empty.join(QStringLiteral(", ")));
    else
        reading.detail = QStringLiteral("no headphone socket found on %1 sound card(s)").arg(cards);
    return reading;
}

} // namespace Headphones
