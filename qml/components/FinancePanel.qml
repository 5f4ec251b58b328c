// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Vitrine.Ui
import Vitrine

// A monthly plan the visitor can shape: deposit, term and balloon, then the monthly amount with
// every figure the market's law asks for. The same panel on a car's page and in the configurator.
Column {
    id: panel
    property FinanceQuote finance
    spacing: Theme.s4
    visible: finance !== null && (finance.available || finance.error.length > 0)

    // The visitor's car, once valued, may pay into the deposit: their choice, for the whole visit.
    ChoiceRow {
        objectName: "finance-tradein"
        width: panel.width
        label: qsTr("Your car in part-exchange")
        choices: panel.finance ? panel.finance.tradeInChoices : null
        visible: panel.finance !== null && panel.finance.tradeInOffered
        onPicked: value => TradeIn.useAsDeposit = (value === 1)
    }
    ChoiceRow {
        objectName: "finance-deposit"
        width: panel.width
        label: panel.finance !== null && panel.finance.tradeInNote.length > 0 ? qsTr("Deposit in money") : qsTr("Deposit")
        choices: panel.finance ? panel.finance.deposits : null
        onPicked: value => panel.finance.chooseDeposit(value)
    }
    ChoiceRow {
        objectName: "finance-term"
        width: panel.width
        label: qsTr("Term")
        choices: panel.finance ? panel.finance.terms : null
        onPicked: value => panel.finance.chooseTerm(value)
    }
    ChoiceRow {
        objectName: "finance-balloon"
        width: panel.width
        label: qsTr("Final balloon payment")
        choices: panel.finance ? panel.finance.balloons : null
        visible: count > 1
        readonly property int count: panel.finance ? panel.finance.balloons.count : 0
        onPicked: value => panel.finance.chooseBalloon(value)
    }
    Label {
        objectName: "finance-tradein-note"
        width: panel.width
        visible: text.length > 0
        text: panel.finance ? panel.finance.tradeInNote : ""
        muted: true
    }
    Label {
        objectName: "finance-summary"
        width: panel.width
        text: panel.finance ? (panel.finance.available ? panel.finance.summary : panel.finance.error) : ""
        level: Label.Lead
    }
    Column {
        width: panel.width
        Repeater {
            model: panel.finance ? panel.finance.lines : null
            delegate: AmountRow {
                required label
                required amount
                required strong
            }
        }
    }
}
