"""Close the loop: apply an approved plan to the roster and measure its effect."""
