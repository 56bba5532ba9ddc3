namespace Platform.Sdk.Console;

/// <summary>
/// A module's entries in the admin console's navigation. Contributed with
/// <c>builder.Contribute&lt;INavigationContribution, MyNavigation&gt;()</c>; the console lists the entries of every
/// module enabled for the tenant through <see cref="Contributions.IContributions"/>.
/// </summary>
public interface INavigationContribution
{
    /// <summary>The module's navigation entries.</summary>
    IReadOnlyList<NavigationItem> Items { get; }
}

/// <summary>One navigation entry of the console.</summary>
/// <param name="Id">Unique within the module, for example <c>pricing.promotions</c>.</param>
/// <param name="Title">Shown to the user.</param>
/// <param name="Route">The console route the entry opens.</param>
/// <param name="Parent">The id of the entry it sits under, or null for a top-level entry.</param>
/// <param name="Order">Position among its siblings: lower comes first.</param>
/// <param name="Permission">The permission a user needs to see the entry, or null for everyone.</param>
public sealed record NavigationItem(string Id, string Title, string Route, string? Parent = null, int Order = 0, string? Permission = null);
