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

    ChoiceRow {
        objectName: "finance-deposit"
        width: panel.width
        label: qsTr("Deposit")
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
