namespace Platform.Modules.Core.Model;

/// <summary>Maximum text lengths, shared by the database model and the input rules.</summary>
public static class FieldLengths
{
    /// <summary>Business codes: customer code, SKU, store code, employee number, order number.</summary>
    public const int Code = 40;
    /// <summary>Names of organisations, products and stores.</summary>
    public const int Name = 200;
    /// <summary>Short labels: industry, product line, series, category.</summary>
    public const int Label = 100;
    /// <summary>Names of people.</summary>
    public const int PersonName = 100;
    /// <summary>Phone numbers.</summary>
    public const int Phone = 32;
    /// <summary>E-mail addresses (RFC 5321 path limit).</summary>
    public const int Email = 254;
    /// <summary>Chinese resident identity card number.</summary>
    public const int IdNumber = 18;
    /// <summary>ISO 4217 currency codes.</summary>
    public const int Currency = 3;
}
