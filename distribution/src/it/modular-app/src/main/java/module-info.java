/** A consumer of the Secunity SDK that needs nothing but the serialization module (issue 10). */
module org.example.secunity.app {
    requires org.secunity.serialization;
}
