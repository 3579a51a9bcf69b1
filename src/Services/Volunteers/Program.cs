using Governance.Volunteers;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddVolunteersServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapVolunteersApi();
app.Run();
