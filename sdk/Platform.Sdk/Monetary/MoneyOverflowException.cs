namespace Platform.Sdk.Monetary;

/// <summary>
/// An amount is beyond what the money code handles exactly: |amount| above <see cref="Money.MaxAmount"/>, or
/// minor units above <see cref="MoneyRounding.MaxMinorUnits"/>. Derives from <see cref="OverflowException"/>
/// so existing overflow handlers still catch it.
/// </summary>
public sealed class MoneyOverflowException : OverflowException
{
    /// <summary>Creates the exception with a message naming the amount and the bound.</summary>
    public MoneyOverflowException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public MoneyOverflowException()
        : base("The amount is beyond the bound the money code handles exactly.")
    {
    }

    /// <summary>Creates the exception with a message and the overflow that caused it.</summary>
    public MoneyOverflowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
