"""Program measures for funders (issue 17): counts for a period and the families behind them."""
