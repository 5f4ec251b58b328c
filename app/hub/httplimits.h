// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/// What one client may cost the hub: bytes, connections, time and requests. Every limit is a
/// refusal with a status (or a cut connection), never a buffer that grows.
struct HttpLimits {
    qsizetype maxHeaderBytes = 16 * 1024; ///< request line and headers together
    int maxHeaderCount = 64;
    qint64 maxBodyBytes = 1024 * 1024;
    int maxConnections = 2000;        ///< in total; a newcomer then displaces the oldest unproven one
    int maxConnectionsPerClient = 32; ///< per peer address
    int headerTimeoutMs = 5000;       ///< from a request's first byte (or the connection) to its last header
    int bodyTimeoutMs = 15000;        ///< for the whole body
    int idleTimeoutMs = 30000;        ///< a kept-alive connection between requests
    int writeTimeoutMs = 15000;       ///< for a client to take a response
    double requestsPerSecond = 20;    ///< per screen (by token) or, before authentication, per address
    int burst = 40;
    double pairingPerSecond = 0.2; ///< pairing attempts per address: a code cannot be guessed
    int pairingBurst = 5;
};
