namespace Platform.Sdk.Pipeline;

/// <summary>The stages of the event pipeline, with Dataverse numbering.</summary>
public enum PipelineStage
{
    /// <summary>Runs before the database transaction starts. Use it to reject an operation cheaply.</summary>
    PreValidation = 10,

    /// <summary>Runs inside the transaction, before the main operation. Use it to change the target.</summary>
    PreOperation = 20,

    /// <summary>The main operation, performed by the entity's owner or the custom message's handler only.</summary>
    MainOperation = 30,

    /// <summary>Runs after the main operation; synchronous steps run inside the transaction.</summary>
    PostOperation = 40,
}

/// <summary>Whether a step runs inside the caller's operation or later in the background.</summary>
public enum StepMode
{
    /// <summary>Runs inside the operation; a throw rolls the whole operation back.</summary>
    Synchronous = 0,

    /// <summary>Runs after commit as a system job (PostOperation only).</summary>
    Asynchronous = 1,
}

/// <summary>Names of the platform's data messages.</summary>
public static class PipelineMessages
{
    /// <summary>Creates an entity.</summary>
    public const string Create = "Create";

    /// <summary>Updates some attributes of an entity.</summary>
    public const string Update = "Update";

    /// <summary>Deletes an entity.</summary>
    public const string Delete = "Delete";
}
